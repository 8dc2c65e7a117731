import type { Effect, ScenarioData } from './schema.js';

// Every player-facing text in a scenario has a stable id built from the ids around it
// (e.g. "cards.c04-lavrov.choices.a.label"). A translation is an overlay: a map from these ids to
// translated text, kept beside the scenario file, applied without touching the scenario itself.

type Path = (string | number)[];
export interface TextEntry {
  id: string;
  path: Path;
  text: string;
}

function effectTexts(effects: readonly Effect[], path: Path, out: TextEntry[]): void {
  effects.forEach((e, i) => {
    const at = [...path, i];
    if (e.id && e.news) out.push({ id: `effects.${e.id}.news`, path: [...at, 'news'], text: e.news });
    if (e.id && e.elseNews) out.push({ id: `effects.${e.id}.elseNews`, path: [...at, 'elseNews'], text: e.elseNews });
    if (e.then) effectTexts(e.then, [...at, 'then'], out);
    if (e.else) effectTexts(e.else, [...at, 'else'], out);
  });
}

export function textEntries(s: ScenarioData): TextEntry[] {
  const out: TextEntry[] = [];
  const add = (id: string, path: Path, text: string | undefined) => {
    if (text !== undefined) out.push({ id, path, text });
  };
  add('title', ['title'], s.title);
  add('summary', ['summary'], s.summary);
  add('intro', ['intro'], s.intro);
  for (const m of ['west', 'russia', 'elites'] as const) {
    add(`meters.${m}.name`, ['meters', m, 'name'], s.meters[m].name);
    add(`meters.${m}.description`, ['meters', m, 'description'], s.meters[m].description);
  }
  for (const key of ['camps', 'indicators'] as const)
    s[key].forEach((c, i) => {
      add(`${key}.${c.id}.name`, [key, i, 'name'], c.name);
      add(`${key}.${c.id}.description`, [key, i, 'description'], c.description);
    });
  s.drift.forEach((d, i) => add(`drift.${d.id ?? i}.reason`, ['drift', i, 'reason'], d.reason));
  s.flags.forEach((f, i) => add(`flags.${f.id}.description`, ['flags', i, 'description'], f.description));
  s.tracks.forEach((t, i) => {
    add(`tracks.${t.id}.name`, ['tracks', i, 'name'], t.name);
    t.states.forEach((st, j) => add(`tracks.${t.id}.states.${st.id}.name`, ['tracks', i, 'states', j, 'name'], st.name));
  });
  s.advisors.forEach((a, i) => {
    add(`advisors.${a.id}.name`, ['advisors', i, 'name'], a.name);
    add(`advisors.${a.id}.role`, ['advisors', i, 'role'], a.role);
    add(`advisors.${a.id}.note`, ['advisors', i, 'note'], a.note);
  });
  s.sources.forEach((src, i) => add(`sources.${src.id}.title`, ['sources', i, 'title'], src.title));
  s.cards.forEach((c, i) => {
    const at: Path = ['cards', i];
    for (const f of ['title', 'date', 'situation'] as const) add(`cards.${c.id}.${f}`, [...at, f], c[f]);
    c.advisors.forEach((p, j) => add(`cards.${c.id}.advisors.${p.advisor}.argues`, [...at, 'advisors', j, 'argues'], p.argues));
    c.choices.forEach((ch, j) => {
      for (const f of ['label', 'detail', 'outcome'] as const) add(`cards.${c.id}.choices.${ch.id}.${f}`, [...at, 'choices', j, f], ch[f]);
      effectTexts(ch.effects, [...at, 'choices', j, 'effects'], out);
    });
    add(`cards.${c.id}.history.text`, [...at, 'history', 'text'], c.history.text);
  });
  s.endings.forEach((e, i) => {
    for (const f of ['title', 'text'] as const) add(`endings.${e.id}.${f}`, ['endings', i, f], e[f]);
    add(`endings.${e.id}.history.text`, ['endings', i, 'history', 'text'], e.history.text);
  });
  s.difficulties.forEach((d, i) => {
    add(`difficulties.${d.id}.name`, ['difficulties', i, 'name'], d.name);
    add(`difficulties.${d.id}.description`, ['difficulties', i, 'description'], d.description);
  });
  return out;
}

/**
 * Applies a translation overlay to a copy of the scenario. Ids the scenario does not have are returned,
 * so a translator sees each mistake; ids left out keep the original text.
 */
export function applyOverlay(s: ScenarioData, overlay: Record<string, string>): { scenario: ScenarioData; unknownIds: string[] } {
  const copy = structuredClone(s);
  const entries = new Map(textEntries(s).map((e) => [e.id, e.path]));
  const unknownIds: string[] = [];
  for (const [id, text] of Object.entries(overlay)) {
    const path = entries.get(id);
    if (!path) {
      unknownIds.push(id);
      continue;
    }
    let node = copy as unknown as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = text;
  }
  return { scenario: copy, unknownIds };
}
