import { type Change, type CompiledScenario, type TurnRecord } from '../../engine';
import { causeText, choiceLabel, cardTitle, gameCsv, monthName, recordedStudent, recordJson, statName, studentFileName } from '../../app';
import { gameChart } from '../charts/game-charts';
import { monthLabel, periodLabel, signed, sourceOf, type Loaded } from '../data';
import { download, h } from '../../app/dom';
import { announce } from '../dom';
import { t } from '../i18n';
import { copyButton } from '../widgets/fields';
import { endingBlock } from './ending';

// Results export and the printable debrief: the replay as JSON, the per-turn CSV, and a one- or two-page
// handout (print stylesheet) with the ending, the meters chart, the decision timeline and what Tehran did.

const shortMonth = (ym: string) => monthName(ym, t.lang, 'short');

/** "<name>-<scenario>-<seed>": every student's download gets its own name. */
const fileBase = (l: Loaded) => studentFileName(studentOf(l), l.record.scenario.id, l.record.seed, 'x').replace(/\.x$/, '');

/** Whose game: the name it was handed in under, or the one the game recorded. */
export const studentOf = (l: Loaded): string | undefined => l.student ?? recordedStudent(l.record);

/** "West ▲4, Russia ▼5 (this decision); Economy ▼2 (sanctions …)": changes grouped by cause. */
function whyMoved(cs: CompiledScenario, r: TurnRecord, driftRef: (reason: string) => string): string {
  const groups = new Map<string, Change[]>();
  for (const c of [...r.briefing, ...r.changes]) {
    const own = c.cause.kind === 'choice' && c.cause.card === r.card && c.cause.choice === r.choice;
    const key = own ? t.debrief.thisDecision : c.cause.kind === 'drift' ? t.debrief.drift(driftRef(causeText(cs, c.cause))) : causeText(cs, c.cause);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([why, cs2]) => `${cs2.map((c) => `${statName(cs, c.stat)} ${signed(c.delta)}`).join(', ')} (${why})`).join('; ') || t.debrief.nothingMoved;
}

function timeline(l: Loaded, sourceNumber: (id: string) => number, driftRef: (reason: string) => string): HTMLElement {
  const cs = l.cs;
  // A column that holds a reported claim is not headed "What Tehran actually did".
  const claims = l.game.log.some((r) => r.card && cs.cardById.get(r.card)?.history.choiceIs === 'claim');
  const rows = l.game.log.map((r) => {
    const hist = r.card ? cs.cardById.get(r.card)?.history : undefined;
    const same = hist?.choice && hist.choice === r.choice;
    return h('tr', null,
      h('th', { scope: 'row' }, h('span', { class: 'tl-turn' }, String(r.turn)), ' ', h('span', { class: 'm-long' }, monthLabel(r.month)), h('span', { class: 'm-short' }, shortMonth(r.month))),
      h('td', null,
        r.card ? [h('strong', null, cardTitle(cs, r.card)), h('br'), `\u2192 ${choiceLabel(cs, r.card, r.choice) || '\u2013'}`] : t.turn.quietMonth,
        r.votes ? h('span', { class: 'tl-votes' }, ` ${t.debrief.votes(Object.values(r.votes).reduce((a, b) => a + b, 0), r.votes[r.choice ?? ''] ?? 0)}`) : null,
      ),
      h('td', { class: 'tl-why' }, whyMoved(cs, r, driftRef)),
      h('td', { class: 'tl-history' },
        hist
          ? [
              h('span', { class: 'tl-verdict' }, !hist.choice ? t.turn.noHistoricalChoice : hist.choiceIs === 'claim' ? t.turn.closestToClaim(choiceLabel(cs, r.card, hist.choice), !!same) : same ? t.debrief.same : t.debrief.tehranChose(choiceLabel(cs, r.card, hist.choice))),
              ' ', hist.text, ' ',
              h('span', { class: 'tl-src' }, hist.sources.map((s) => `[${sourceNumber(s)}]`).join('')),
            ]
          : '',
      ),
    );
  });
  return h('table', { class: 'data timeline' },
    h('colgroup', null, ['c-month', 'c-decision', 'c-why', 'c-history'].map((c) => h('col', { class: c }))),
    h('thead', null, h('tr', null, [t.debrief.colMonth, t.debrief.colDecision, t.debrief.colWhy, claims ? t.turn.recordShows : t.debrief.colHistory].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows),
  );
}

export function handout(l: Loaded): HTMLElement {
  const cs = l.cs;
  const ids: string[] = [];
  const sourceNumber = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
    return ids.indexOf(id) + 1;
  };
  const diff = l.scenario.difficulties.find((d) => d.id === l.record.difficulty)?.name ?? l.record.difficulty;
  const voted = l.game.log.some((r) => r.votes);
  const drift: string[] = [];
  const driftRef = (reason: string) => {
    if (!drift.includes(reason)) drift.push(reason);
    return String.fromCharCode(97 + drift.indexOf(reason));
  };
  const table = timeline(l, sourceNumber, driftRef);
  const ending = l.game.ending ? cs.endingById.get(l.game.ending.id) : undefined;
  ending?.history.sources.forEach(sourceNumber);
  const endingEl = endingBlock(cs, l.game, 'h3', { history: false, why: false });
  const endingHistory = ending
    ? h('p', { class: 'ending-history' }, h('strong', null, `${t.ending.inHistory}: `), ending.history.text, ' ', h('span', { class: 'tl-src' }, ending.history.sources.map((s) => `[${sourceNumber(s)}]`).join('')))
    : null;
  return h('article', { class: 'handout', 'aria-labelledby': 'handout-h' },
    h('header', { class: 'handout-head' },
      h('h2', { id: 'handout-h' }, t.debrief.handoutTitle(l.scenario.title)),
      h('p', { class: 'muted' },
        studentOf(l) ? [h('strong', { class: 'handout-student', 'data-testid': 'handout-student' }, t.viewer.studentLine(studentOf(l)!)), ' \u00B7 '] : null,
        t.debrief.meta(periodLabel(l.scenario), l.record.seed, diff, voted)),
    ),
    h('div', { class: 'handout-top' },
      h('section', { class: 'handout-ending' }, endingEl),
      h('section', { class: 'handout-chart' }, h('h3', null, t.debrief.chart), gameChart(cs, l.game, t.debrief.chartTitle), endingHistory),
    ),
    h('section', null, h('h3', null, t.debrief.timeline), table,
      drift.length ? h('p', { class: 'drift-notes' }, h('strong', null, `${t.debrief.driftHeading} `), drift.map((d, i) => `[${String.fromCharCode(97 + i)}] ${d} `)) : null,
    ),
    h('section', { class: 'handout-sources' },
      h('h3', null, t.debrief.sources),
      h('ol', null, ids.map((id) => {
        const s = sourceOf(cs, id);
        let host = '';
        try {
          host = s.url ? new URL(s.url).hostname.replace(/^www\./, '') : '';
        } catch {
          host = '';
        }
        return h('li', null, s.title, ' ', s.url ? [h('a', { class: 'src-url', href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.url), h('span', { class: 'src-host' }, `(${host})`)] : null);
      })),
    ),
  );
}

export function debriefView(l: Loaded): HTMLElement {
  const base = fileBase(l);
  return h('div', { class: 'debrief' },
    h('section', { class: 'panel export-bar no-print', 'aria-labelledby': 'export-h' },
      h('h2', { id: 'export-h' }, t.debrief.exportHeading),
      h('p', { class: 'help' }, t.debrief.exportHelp),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'download-json', onClick: () => {
          download(`${base}.json`, recordJson(l.record), 'application/json');
          announce(t.debrief.downloaded(`${base}.json`));
        } }, t.debrief.downloadJson),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'download-csv', onClick: () => {
          download(`${base}.csv`, gameCsv(l.cs, l.game), 'text/csv');
          announce(t.debrief.downloaded(`${base}.csv`));
        } }, t.debrief.downloadCsv),
        copyButton(t.debrief.copyCode, () => l.code, t.debrief.codeName),
        h('button', { type: 'button', onClick: () => window.print() }, t.debrief.print),
      ),
    ),
    handout(l),
  );
}
