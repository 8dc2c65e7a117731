import { createInterface } from 'node:readline';
import { compileScenario, createGameActor, phaseOf, recordOf } from '../engine/index.js';
import { defaultDifficulty, encodeRecordCode, newSeed } from '../app/index.js';
import { UsageError } from './errors.js';
import { resolveScenario } from './scenarios.js';
import { monthName, renderCard, renderChanges, renderEnding, renderMeters, renderNews } from './render.js';
import { wrap } from './text.js';

interface PlayOptions {
  scenario?: string;
  seed?: string;
  difficulty?: string;
}

/** A whole game in the terminal, reading choices from standard input. */
export async function playCommand(o: PlayOptions, out: (line: string) => void): Promise<number> {
  if (!o.scenario) throw new UsageError('play needs --scenario <id|file>');
  const scenario = resolveScenario(o.scenario);
  const cs = compileScenario(scenario);
  const difficulty = o.difficulty ?? defaultDifficulty(scenario);
  const diff = scenario.difficulties.find((d) => d.id === difficulty);
  if (!diff) throw new UsageError(`unknown difficulty "${difficulty}" (this scenario has ${scenario.difficulties.map((d) => d.id).join(', ')})`);
  const seed = o.seed ?? newSeed();
  const actor = createGameActor(scenario, { seed, difficulty, settings: { previews: diff.previews } }).start();
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | null> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? null : String(next.value).trim();
  };

  out(`\n${scenario.title}\n${wrap(scenario.intro)}\nSeed: ${seed}   Difficulty: ${diff.name}\n`);
  let lastBriefedTurn = 0;
  for (;;) {
    const snap = actor.getSnapshot();
    const g = snap.context.game;
    if (snap.status === 'done') break;
    if (phaseOf(snap) === 'decision') {
      const rec = g.log[g.log.length - 1]!;
      if (rec.turn !== lastBriefedTurn) {
        lastBriefedTurn = rec.turn;
        out(`\n=== Turn ${g.turn} of ${cs.lastTurn}: ${monthName(rec.month)} ===`);
        const briefing = [...renderChanges(cs, rec.briefing), ...renderNews(cs, rec.briefingNews, rec.turn)];
        if (briefing.length) out(`This month:\n${briefing.join('\n')}`);
        out(`\n${renderMeters(cs, g)}\n`);
      }
      const card = cs.cardById.get(g.card!)!;
      out(renderCard(cs, g, (c) => snap.can({ type: 'CHOOSE', choice: c }), diff.previews));
      const answer = await ask(`\nYour choice (1-${card.choices.length}, q to quit): `);
      if (answer === null || answer === 'q') {
        out(`\nGame left at turn ${g.turn}. Seed: ${seed}`);
        rl.close();
        actor.stop();
        return 0;
      }
      const choice = card.choices[Number(answer) - 1];
      if (!choice || !snap.can({ type: 'CHOOSE', choice: choice.id })) {
        out(`Please type the number of an open choice, from 1 to ${card.choices.length}.`);
        continue;
      }
      actor.send({ type: 'CHOOSE', choice: choice.id });
      const after = actor.getSnapshot().context.game;
      const played = after.log.find((r) => r.turn === g.turn)!;
      out(`\n${wrap(choice.outcome)}`);
      out(['Consequences:', ...renderChanges(cs, played.changes, played), ...renderNews(cs, played.news, played.turn)].join('\n'));
      if ((await ask('\n(press Enter) ')) === null) {
        out(`\nGame left at turn ${g.turn}. Seed: ${seed}`);
        rl.close();
        actor.stop();
        return 0;
      }
      actor.send({ type: 'CONTINUE' });
    }
  }
  const g = actor.getSnapshot().context.game;
  out(`\n${renderMeters(cs, g)}\n\n${renderEnding(cs, g)}`);
  const record = recordOf(g, actor.getSnapshot().context.settings);
  out(`\nSeed: ${seed}\nReplay code: ${encodeRecordCode(record, g, scenario)}`);
  rl.close();
  actor.stop();
  return 0;
}
