import { compileScenario, decisionsOf, newRecord, phaseOf, play, type CompiledScenario, type Decision, type GameActor, type GameRecord, type GameSettings, type GameSnapshot } from '../engine';
import type { ScenarioData } from '../scenario/types';
import { newSave, writeSave, type GoodSave, type SaveEnvelope } from './saves';
import { currentVariant } from './i18n/variant';
import { findScenario } from './scenarios';

// Owns the one game actor: starts a game in a new slot or resumes one by playing its record, sends it the
// player's events, tells the scenes, and autosaves the record after every step.

export type Listener = (snap: GameSnapshot) => void;

export class Session {
  private actor: GameActor | null = null;
  private listeners = new Set<Listener>();
  scenario: ScenarioData | null = null;
  cs: CompiledScenario | null = null;
  settings: GameSettings = { previews: false };
  /** The save this game writes to (its own slot). */
  current: SaveEnvelope | null = null;
  /** False when the last autosave failed (storage full or blocked): the menu says so and offers the file. */
  saved = true;
  /** Called when an autosave fails, so that the screen can warn before anything is lost. */
  onSaveFailed: (() => void) | null = null;

  /** A new game in a new slot: nothing saved before is touched. Its record names the words it is played in. */
  start(scenario: ScenarioData, seed: string, difficulty: string, settings: GameSettings): void {
    this.stop();
    this.use(scenario, { ...settings, ...currentVariant() });
    this.current = newSave(newRecord(this.cs!, seed, difficulty, this.settings));
    this.run(play(scenario, this.current.record).actor);
  }

  /** Continues a checked save (saves.ts) by playing its record. Returns false if it will not play. */
  resume(good: GoodSave): boolean {
    const scenario = findScenario(good.save.record.scenario.id);
    if (!scenario) return false;
    this.stop();
    this.use(scenario, good.save.record.settings);
    const played = play(scenario, good.save.record, { holdLast: good.save.atConsequences });
    if (played.refusedAt) {
      played.actor.stop();
      return false;
    }
    this.current = { ...good.save };
    this.run(played.actor);
    return true;
  }

  /**
   * Plays a new game from given decisions in a new slot: a what-if branch ("play the other future"), or a
   * practice game's undo. `holdLast` leaves the last decision's consequences showing.
   */
  branch(decisions: Decision[], holdLast: boolean): boolean {
    const scenario = this.scenario;
    const from = this.current;
    if (!scenario || !from) return false;
    const record: GameRecord = { ...from.record, decisions, result: undefined };
    const played = play(scenario, record, { holdLast });
    if (played.refusedAt) {
      played.actor.stop();
      return false;
    }
    this.stop();
    this.current = newSave(record);
    this.run(played.actor);
    return true;
  }

  /** Turns practice (undo allowed) on or off for this game; recorded in its settings. */
  setPractice(on: boolean): void {
    this.settings = { ...this.settings, practice: on };
    if (this.current) this.current = { ...this.current, record: { ...this.current.record, settings: { ...this.current.record.settings, practice: on } } };
    const snap = this.snapshot();
    if (snap) this.save(snap);
  }

  /** Practice games: the same game without its last decision (in the same slot). */
  undo(): boolean {
    const from = this.current;
    const snap = this.snapshot();
    if (!from || !snap || !this.settings.practice) return false;
    const decisions = decisionsOf(snap.context.game);
    if (!decisions.length) return false;
    const scenario = this.scenario!;
    const played = play(scenario, { ...from.record, decisions: decisions.slice(0, -1) });
    this.stop();
    this.current = { ...from, state: 'playing' };
    this.run(played.actor);
    return true;
  }

  private use(scenario: ScenarioData, settings: GameSettings): void {
    this.scenario = scenario;
    this.cs = compileScenario(scenario);
    this.settings = settings;
  }

  private run(actor: GameActor): void {
    this.actor = actor;
    actor.subscribe((snap) => {
      const wasSaved = this.saved;
      this.save(snap);
      for (const l of [...this.listeners]) l(snap);
      // After the screens have drawn the step, so that the warning is not drawn over.
      if (wasSaved && !this.saved) this.onSaveFailed?.();
    });
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

  /** The game's record as it stands. */
  record(): GameRecord | null {
    const snap = this.snapshot();
    return snap && this.current ? { ...this.current.record, decisions: decisionsOf(snap.context.game) } : null;
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

  /** Saves again (after the player freed space). */
  retrySave(): boolean {
    const snap = this.snapshot();
    if (snap) this.save(snap);
    return this.saved;
  }

  private save(snap: GameSnapshot): void {
    if (!this.current) return;
    const g = snap.context.game;
    this.current = {
      ...this.current,
      savedAt: Date.now(),
      state: g.ending ? 'finished' : this.current.state === 'abandoned' ? 'abandoned' : 'playing',
      atConsequences: phaseOf(snap) === 'consequences',
      record: { ...this.current.record, decisions: decisionsOf(g) },
    };
    this.saved = writeSave(this.current);
  }
}
