import { type CompiledScenario, type GameRecord, type GameState } from '../../engine';
import { choiceLabel, encodeRecordCode, recordJson, studentFileName } from '../../app';
import type { ScenarioData } from '../../scenario/types';
import { monthLabel } from '../data';
import { download, h } from '../../app/dom';
import { announce } from '../dom';
import { t } from '../i18n';
import { copyButton } from '../widgets/fields';
import { endingBlock } from './ending';
import { changesList, metersBlock, newsList, tracksList, votesBlock } from './turn-parts';

// The projector's screens after a decision: what the class decided (and how a tie was broken), the
// consequences, and at the end the ending with the replay to keep.

export interface ResultOptions {
  choice: string;
  votes: Record<string, number>;
  tied: string[];
  onNext: () => void;
}

export function resultStage(cs: CompiledScenario, g: GameState, o: ResultOptions): HTMLElement {
  const rec = [...g.log].reverse().find((r) => r.choice !== null)!;
  const idx = g.log.indexOf(rec);
  const before = idx > 0 ? g.log[idx - 1]!.stats : g.start;
  const card = rec.card!;
  const choice = cs.choiceById.get(card)?.get(o.choice);
  const label = choiceLabel(cs, card, o.choice);
  const won = o.votes[o.choice] ?? 0;
  const tie = o.tied.length > 1;
  announce(tie ? t.projector.tieAnnounce(label) : t.projector.decidedAnnounce(label, won));
  return h('div', { class: 'stage-result' },
    h('p', { class: 'stage-kicker' }, cs.cardById.get(card)?.title ?? ''),
    h('h2', { class: 'stage-decided', tabindex: '-1', 'data-focus': '' }, t.projector.decided(label)),
    tie
      ? h('p', { class: 'tie-banner', 'data-testid': 'tie' },
          h('strong', null, t.projector.tieTitle(o.tied.length, won)), ' ',
          t.projector.tieText(o.tied.map((c) => choiceLabel(cs, card, c)), label))
      : null,
    h('div', { class: 'stage-grid' },
      h('div', null,
        votesBlock(cs, card, o.votes, o.choice, 'h3', false),
        choice ? h('p', { class: 'outcome' }, choice.outcome) : null,
        h('h3', null, t.turn.consequences),
        changesList(cs, rec.changes, rec),
        tracksList(cs, rec.trackChanges),
        newsList(cs, rec.news, rec.turn),
      ),
      h('div', { class: 'stage-meters' }, h('h3', null, t.turn.metersAfter), metersBlock(cs, rec.stats, before)),
    ),
    h('div', { class: 'actions stage-next' },
      h('button', { type: 'button', class: 'big', onClick: o.onNext }, g.ending ? t.projector.seeEnding : t.projector.nextMonth(monthLabel(cs.months[rec.turn] ?? rec.month))),
    ),
  );
}

export interface EndedOptions {
  onDebrief: () => void;
  onNew: () => void;
}

export function endedStage(cs: CompiledScenario, g: GameState, replay: GameRecord, scenario: ScenarioData, o: EndedOptions): HTMLElement {
  const code = encodeRecordCode(replay, g, scenario);
  const name = studentFileName(t.projector.classFileName, replay.scenario.id, replay.seed, 'json');
  announce(t.projector.over);
  return h('div', { class: 'stage-ended' },
    h('p', { class: 'stage-kicker', tabindex: '-1', 'data-focus': '' }, t.projector.gameOver),
    endingBlock(cs, g, 'h2'),
    h('section', { class: 'stage-keep' },
      h('h3', null, t.projector.keepHeading),
      h('p', { class: 'help' }, t.projector.keepHelp),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'big', onClick: o.onDebrief }, t.projector.debrief),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'projector-download', onClick: () => {
          download(name, recordJson(replay), 'application/json');
          announce(t.debrief.downloaded(name));
        } }, t.debrief.downloadJson),
        copyButton(t.debrief.copyCode, () => code, t.debrief.codeName),
        h('button', { type: 'button', class: 'secondary', onClick: o.onNew }, t.projector.newGame),
      ),
      h('p', { class: 'mono code-box', 'data-testid': 'projector-code' }, code),
    ),
  );
}
