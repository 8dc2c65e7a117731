import { compileScenario, createGameActor, restoreGameActor, turnMonth, type CompiledScenario, type GameActor, type GameSettings, type GameSnapshot } from '../engine';
import type { ScenarioData } from '../scenario/types';
import { pruneFinished, SAVE_FORMAT, slotKey, writeSave, type SaveRecord } from './saves';
import { findScenario } from './scenarios';

// Owns the one game actor: creates or restores it, sends it the player's events, tells the scenes, autosaves.

export type Listener = (snap: GameSnapshot) => void;

export class Session {
  private actor: GameActor | null = null;
  private listeners = new Set<Listener>();
  scenario: ScenarioData | null = null;
  cs: CompiledScenario | null = null;
  settings: GameSettings = {};
  key = '';
  /** False when the last autosave failed (storage full or blocked). */
  saved = true;

  start(scenario: ScenarioData, seed: string, difficulty: string, settings: GameSettings): void {
    this.stop();
    this.use(scenario, settings);
    this.key = slotKey(scenario.id, seed, difficulty);
    pruneFinished();
    this.run(createGameActor(scenario, { seed, difficulty, settings }));
  }

  /** Continues a checked save (see saves.ts). Returns false if the snapshot will not restore. */
  resume(key: string, record: SaveRecord): boolean {
    const scenario = findScenario(record.scenario.id);
    if (!scenario) return false;
    this.stop();
    try {
      this.use(scenario, record.settings ?? {});
      this.key = key;
      this.run(restoreGameActor(scenario, record.snapshot));
      return this.actor!.getSnapshot().context.game.seed === record.seed;
    } catch {
      this.stop();
      return false;
    }
  }

  /** Takes over an actor made elsewhere by the engine (a what-if branch of the current game), in the same save slot. */
  adopt(actor: GameActor): void {
    const scenario = this.scenario;
    if (!scenario) return;
    const keep = this.settings;
    this.stop();
    this.use(scenario, keep);
    this.run(actor);
  }

  private use(scenario: ScenarioData, settings: GameSettings): void {
    this.scenario = scenario;
    this.cs = compileScenario(scenario);
    this.settings = settings;
  }

  private run(actor: GameActor): void {
    this.actor = actor;
    actor.subscribe((snap) => {
      this.save(snap);
      for (const l of [...this.listeners]) l(snap);
    });
    actor.start();
    this.save(actor.getSnapshot());
  }

  stop(): void {
    this.actor?.stop();
    this.actor = null;
  }

  get active(): boolean {
    return this.actor !== null;
  }

  snapshot(): GameSnapshot | null {
    return this.actor?.getSnapshot() ?? null;
  }

  /** Sends a choice if the machine says it is open. */
  choose(choice: string): boolean {
    const snap = this.snapshot();
    if (!snap || !snap.can({ type: 'CHOOSE', choice })) return false;
    this.actor!.send({ type: 'CHOOSE', choice });
    return true;
  }

  continue(): boolean {
    const snap = this.snapshot();
    if (!snap || !snap.can({ type: 'CONTINUE' })) return false;
    this.actor!.send({ type: 'CONTINUE' });
    return true;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private save(snap: GameSnapshot): void {
    if (!this.actor || !this.scenario || !this.cs) return;
    const g = snap.context.game;
    const record: SaveRecord = {
      format: SAVE_FORMAT,
      savedAt: Date.now(),
      scenario: { ...g.scenario },
      seed: g.seed,
      difficulty: g.difficulty,
      settings: this.settings,
      turn: g.turn,
      month: turnMonth(this.cs, g.turn),
      ending: g.ending?.id ?? null,
      snapshot: this.actor.getPersistedSnapshot(),
    };
    this.saved = writeSave(this.key, record);
  }
}
