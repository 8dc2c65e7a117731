import { isObj, list, num, str, type Obj } from './raw.js';
import type { PathPart } from './issues.js';
import { conditionCanHold, collectReachable, type Reachable } from './reachability.js';
import { checkDates } from './dates.js';

// Cross-reference and range checks. They read the raw file defensively, so that they still run
// (and report) when other parts of the file break the schema.

export interface Problem {
  path: PathPart[];
  message: string;
}

export interface Ids {
  stats: Set<string>;
  tensionStats: Set<string>;
  camps: Set<string>;
  tracks: Map<string, Set<string>>;
  flags: Set<string>;
  cards: Map<string, Set<string>>;
  advisors: Set<string>;
  sources: Set<string>;
}

function collectIds(raw: Obj, problems: Problem[]): Ids {
  const seen = (what: string, section: string, field = 'id') => {
    const ids = new Set<string>();
    list(raw[section]).forEach((item, i) => {
      const v = isObj(item) ? str(item[field]) : undefined;
      if (v === undefined) return;
      if (ids.has(v)) problems.push({ path: [section, i, field], message: `${what} id "${v}" is used twice` });
      ids.add(v);
    });
    return ids;
  };
  const camps = seen('camp', 'camps');
  const indicators = seen('indicator', 'indicators');
  const stats = new Set(['west', 'russia', 'elites']);
  for (const [i, s] of [...camps, ...indicators].entries()) {
    if (stats.has(s)) problems.push({ path: [camps.has(s) ? 'camps' : 'indicators', i], message: `stat id "${s}" is used twice` });
    stats.add(s);
  }
  const tracks = new Map<string, Set<string>>();
  seen('track', 'tracks');
  list(raw.tracks).forEach((t, i) => {
    if (!isObj(t) || !str(t.id)) return;
    const states = new Set<string>();
    list(t.states).forEach((s, j) => {
      const sid = isObj(s) ? str(s.id) : undefined;
      if (sid && states.has(sid)) problems.push({ path: ['tracks', i, 'states', j, 'id'], message: `state id "${sid}" is used twice` });
      if (sid) states.add(sid);
    });
    tracks.set(str(t.id)!, states);
  });
  const cards = new Map<string, Set<string>>();
  seen('card', 'cards');
  list(raw.cards).forEach((c, i) => {
    if (!isObj(c) || !str(c.id)) return;
    const choices = new Set<string>();
    list(c.choices).forEach((ch, j) => {
      const cid = isObj(ch) ? str(ch.id) : undefined;
      if (cid && choices.has(cid)) problems.push({ path: ['cards', i, 'choices', j, 'id'], message: `choice id "${cid}" is used twice in this card` });
      if (cid) choices.add(cid);
    });
    if (!cards.has(str(c.id)!)) cards.set(str(c.id)!, choices);
  });
  seen('ending', 'endings');
  seen('difficulty', 'difficulties');
  return {
    stats,
    tensionStats: new Set(['west', 'russia', ...camps]),
    camps,
    tracks,
    flags: seen('flag', 'flags'),
    cards,
    advisors: seen('advisor', 'advisors'),
    sources: seen('source', 'sources'),
  };
}

function checkCondition(c: unknown, path: PathPart[], ids: Ids, out: Problem[]): void {
  if (!isObj(c)) return;
  const stat = str(c.stat);
  if (stat !== undefined && !ids.stats.has(stat)) out.push({ path: [...path, 'stat'], message: `unknown stat "${stat}"` });
  const lo = num(c.atLeast);
  const hi = num(c.atMost);
  if (lo !== undefined && hi !== undefined && lo > hi) out.push({ path, message: `impossible range: atLeast ${lo} is above atMost ${hi}` });
  const track = str(c.track);
  if (track !== undefined) {
    const states = ids.tracks.get(track);
    if (!states) out.push({ path: [...path, 'track'], message: `unknown track "${track}"` });
    const wanted = [str(c.is), ...list(c.in).map(str)].filter((s): s is string => s !== undefined);
    wanted.forEach((s) => {
      if (states && !states.has(s)) out.push({ path: [...path, c.is !== undefined ? 'is' : 'in'], message: `track "${track}" has no state "${s}"` });
    });
  }
  for (const key of ['flag', 'notFlag'] as const) {
    const f = str(c[key]);
    if (f !== undefined && !ids.flags.has(f)) out.push({ path: [...path, key], message: `unknown flag "${f}"` });
  }
  const played = str(c.played);
  if (played !== undefined && !ids.cards.has(played)) out.push({ path: [...path, 'played'], message: `unknown card "${played}"` });
  const chose = str(c.chose);
  if (chose !== undefined) {
    const [card = '', choice = ''] = chose.split('.');
    const choices = ids.cards.get(card);
    if (!choices) out.push({ path: [...path, 'chose'], message: `unknown card "${card}"` });
    else if (!choices.has(choice)) out.push({ path: [...path, 'chose'], message: `card "${card}" has no choice "${choice}"` });
  }
  if (isObj(c.turn)) {
    const from = num(c.turn.from);
    const to = num(c.turn.to);
    if (from !== undefined && to !== undefined && from > to) out.push({ path: [...path, 'turn'], message: `impossible range: turn from ${from} is after to ${to}` });
  }
  for (const key of ['all', 'any'] as const) list(c[key]).forEach((sub, i) => checkCondition(sub, [...path, key, i], ids, out));
  if (c.not !== undefined) checkCondition(c.not, [...path, 'not'], ids, out);
}

function checkEffects(effects: unknown, path: PathPart[], ids: Ids, out: Problem[], effectIds: Set<string>): void {
  list(effects).forEach((e, i) => {
    if (!isObj(e)) return;
    const at = [...path, i];
    const stat = str(e.stat);
    if (stat === 'elites') out.push({ path: [...at, 'stat'], message: 'elite tension follows from the camps: change a camp instead of "elites"' });
    else if (stat !== undefined && !ids.stats.has(stat)) out.push({ path: [...at, 'stat'], message: `unknown stat "${stat}"` });
    const track = str(e.track);
    if (track !== undefined) {
      const states = ids.tracks.get(track);
      const to = str(e.to);
      if (!states) out.push({ path: [...at, 'track'], message: `unknown track "${track}"` });
      else if (to !== undefined && !states.has(to)) out.push({ path: [...at, 'to'], message: `track "${track}" has no state "${to}"` });
    }
    for (const key of ['set', 'clear'] as const) {
      const f = str(e[key]);
      if (f !== undefined && !ids.flags.has(f)) out.push({ path: [...at, key], message: `unknown flag "${f}"` });
    }
    const eid = str(e.id);
    if (eid !== undefined) {
      if (effectIds.has(eid)) out.push({ path: [...at, 'id'], message: `effect id "${eid}" is used twice` });
      effectIds.add(eid);
    }
    checkCondition(e.when, [...at, 'when'], ids, out);
    checkEffects(e.then, [...at, 'then'], ids, out, effectIds);
    checkEffects(e.else, [...at, 'else'], ids, out, effectIds);
  });
}

function checkSources(refs: unknown, path: PathPart[], ids: Ids, out: Problem[]): void {
  list(refs).forEach((r, i) => {
    const s = str(r);
    if (s !== undefined && !ids.sources.has(s)) out.push({ path: [...path, i], message: `unknown source "${s}" (list it under "sources")` });
  });
}

function checkCards(raw: Obj, ids: Ids, reach: Reachable, out: Problem[], effectIds: Set<string>): void {
  const turns = isObj(raw.period) ? num(raw.period.turns) : undefined;
  list(raw.cards).forEach((c, i) => {
    if (!isObj(c)) return;
    const at: PathPart[] = ['cards', i];
    const choices = new Set(list(c.choices).map((ch) => (isObj(ch) ? str(ch.id) : undefined)).filter((x): x is string => !!x));
    const from = isObj(c.turns) ? num(c.turns.from) : undefined;
    const to = isObj(c.turns) ? num(c.turns.to) : undefined;
    if (from !== undefined && to !== undefined && from > to) out.push({ path: [...at, 'turns'], message: `impossible range: from turn ${from} is after turn ${to}` });
    else if (from !== undefined && turns !== undefined && from > turns)
      out.push({ path: [...at, 'turns', 'from'], message: `this card can never be eligible: the scenario has only ${turns} turns` });
    checkCondition(c.when, [...at, 'when'], ids, out);
    if (c.when !== undefined && !conditionCanHold(c.when, reach, { from: from ?? 1, to: to ?? 999 }))
      out.push({ path: [...at, 'when'], message: 'this card can never be eligible: no path sets what its "when" needs' });
    list(c.choices).forEach((ch, j) => {
      if (!isObj(ch)) return;
      checkCondition(ch.requires, [...at, 'choices', j, 'requires'], ids, out);
      checkEffects(ch.effects, [...at, 'choices', j, 'effects'], ids, out, effectIds);
    });
    list(c.advisors).forEach((p, j) => {
      if (!isObj(p)) return;
      const adv = str(p.advisor);
      const backs = str(p.backs);
      if (adv !== undefined && !ids.advisors.has(adv)) out.push({ path: [...at, 'advisors', j, 'advisor'], message: `unknown advisor "${adv}"` });
      if (backs !== undefined && !choices.has(backs)) out.push({ path: [...at, 'advisors', j, 'backs'], message: `this card has no choice "${backs}"` });
    });
    if (isObj(c.history)) {
      const hc = str(c.history.choice);
      if (hc !== undefined && !choices.has(hc)) out.push({ path: [...at, 'history', 'choice'], message: `this card has no choice "${hc}"` });
      checkSources(c.history.sources, [...at, 'history', 'sources'], ids, out);
    }
  });
}

function checkEndings(raw: Obj, ids: Ids, out: Problem[]): void {
  const endings = list(raw.endings).filter(isObj);
  const crisisFor = new Set<string>();
  let fallbackVerdict = false;
  list(raw.endings).forEach((e, i) => {
    if (!isObj(e)) return;
    const at: PathPart[] = ['endings', i];
    const kind = str(e.kind);
    const meter = str(e.meter);
    const camp = str(e.camp);
    if (kind === 'crisis' && meter === undefined) out.push({ path: at, message: 'a crisis ending needs "meter" (west, russia or elites)' });
    if (kind !== 'crisis' && meter !== undefined) out.push({ path: [...at, 'meter'], message: '"meter" belongs to crisis endings only' });
    if (camp !== undefined && !ids.camps.has(camp)) out.push({ path: [...at, 'camp'], message: `unknown camp "${camp}"` });
    if (camp !== undefined && meter !== 'elites') out.push({ path: [...at, 'camp'], message: '"camp" belongs to an elites crisis ending' });
    if (kind === 'crisis' && meter) crisisFor.add(camp ? `elites:${camp}` : meter);
    if (kind === 'crisis' && e.when !== undefined) out.push({ path: [...at, 'when'], message: 'a crisis ending fires when its meter reaches 100; it takes no "when"' });
    if (kind === 'collapse' && e.when === undefined) out.push({ path: at, message: 'a collapse ending needs "when"' });
    if (kind === 'verdict' && e.when === undefined) fallbackVerdict = true;
    checkCondition(e.when, [...at, 'when'], ids, out);
    if (isObj(e.history)) checkSources(e.history.sources, [...at, 'history', 'sources'], ids, out);
  });
  if (!endings.length) return;
  for (const meter of ['west', 'russia']) if (!crisisFor.has(meter)) out.push({ path: ['endings'], message: `no crisis ending for the ${meter} meter` });
  const eliteCovered = crisisFor.has('elites') || [...ids.camps].every((c) => crisisFor.has(`elites:${c}`));
  if (!eliteCovered) out.push({ path: ['endings'], message: 'no crisis ending for the elites meter (one for each camp, or one without "camp")' });
  if (!fallbackVerdict) out.push({ path: ['endings'], message: 'add a verdict ending without "when": it is the verdict when no other applies' });
}

function checkPeriod(raw: Obj, out: Problem[]): void {
  if (!isObj(raw.period) || !Array.isArray(raw.period.months)) return;
  const months = raw.period.months.map(str);
  const turns = num(raw.period.turns);
  if (turns !== undefined && months.length !== turns)
    out.push({ path: ['period', 'months'], message: `lists ${months.length} months for ${turns} turns; give one month for each turn` });
  if (months[0] !== undefined && months[0] !== str(raw.period.start))
    out.push({ path: ['period', 'months', 0], message: `the first turn's month must be the start month ${str(raw.period.start)}` });
  months.forEach((m, i) => {
    if (i > 0 && m !== undefined && months[i - 1] !== undefined && m <= months[i - 1]!)
      out.push({ path: ['period', 'months', i], message: `impossible range: ${m} does not come after ${months[i - 1]}` });
  });
}

function checkStarts(raw: Obj, ids: Ids, out: Problem[]): void {
  if (isObj(raw.meters)) {
    for (const m of ['west', 'russia'] as const)
      if (isObj(raw.meters[m]) && raw.meters[m].start === undefined) out.push({ path: ['meters', m], message: `the ${m} meter needs "start"` });
    if (isObj(raw.meters.elites) && raw.meters.elites.start !== undefined)
      out.push({ path: ['meters', 'elites', 'start'], message: 'elite tension follows from the camps: give each camp a "start" instead' });
  }
  list(raw.difficulties).forEach((d, i) => {
    if (!isObj(d) || !isObj(d.start)) return;
    for (const key of Object.keys(d.start)) {
      if (key === 'elites') out.push({ path: ['difficulties', i, 'start', key], message: 'elite tension follows from the camps: set the camps instead' });
      else if (!ids.stats.has(key)) out.push({ path: ['difficulties', i, 'start', key], message: `unknown stat "${key}"` });
    }
  });
  list(raw.tracks).forEach((t, i) => {
    if (!isObj(t)) return;
    const start = str(t.start);
    const states = ids.tracks.get(str(t.id) ?? '');
    if (start !== undefined && states && !states.has(start)) out.push({ path: ['tracks', i, 'start'], message: `this track has no state "${start}"` });
  });
  list(raw.advisors).forEach((a, i) => {
    const camp = isObj(a) ? str(a.camp) : undefined;
    if (camp !== undefined && camp !== 'government' && !ids.camps.has(camp))
      out.push({ path: ['advisors', i, 'camp'], message: `unknown camp "${camp}" (a camp id, or "government")` });
  });
  const driftIds = new Set<string>();
  list(raw.drift).forEach((d, i) => {
    if (!isObj(d)) return;
    const did = str(d.id);
    if (did !== undefined && driftIds.has(did)) out.push({ path: ['drift', i, 'id'], message: `drift id "${did}" is used twice` });
    if (did !== undefined) driftIds.add(did);
    const stat = str(d.stat);
    if (stat === 'elites') out.push({ path: ['drift', i, 'stat'], message: 'elite tension follows from the camps: drift a camp instead' });
    else if (stat !== undefined && !ids.stats.has(stat)) out.push({ path: ['drift', i, 'stat'], message: `unknown stat "${stat}"` });
    checkCondition(d.when, ['drift', i, 'when'], ids, out);
  });
}

export function checkReferences(raw: unknown): Problem[] {
  if (!isObj(raw)) return [];
  const out: Problem[] = [];
  const ids = collectIds(raw, out);
  const reach = collectReachable(raw);
  checkPeriod(raw, out);
  checkStarts(raw, ids, out);
  checkCards(raw, ids, reach, out, new Set());
  checkEndings(raw, ids, out);
  out.push(...checkDates(raw));
  return out;
}
