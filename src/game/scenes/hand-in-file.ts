import type Phaser from 'phaser';
import { recordOf, type GameRecord, type GameState } from '../../engine';
import { recordFileName, recordJson } from '../../app';
import { download } from '../../app/dom';
import { t } from '../i18n';
import { Overlay } from '../widgets/Overlay';

// "Save file" on the debrief asks for the student's name (optional): it goes into the record's settings and the
// file's name, so that a class's hand-ins are told apart and never overwrite each other in one folder. The game
// and its decisions are the same; only the record's settings (and so its final hash) name the student.

/** A name as a record keeps it: spaces collapsed, at most 80 characters (the record's limit). */
export const studentName = (typed: string): string => typed.replace(/\s+/g, ' ').trim().slice(0, 80);

export class HandInFile {
  private overlay: Overlay | null = null;
  private typed: string;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly game: GameState,
    private readonly replay: GameRecord,
    private readonly saved: (file: string) => void,
  ) {
    this.typed = replay.settings.student ?? '';
  }

  get isOpen(): boolean {
    return this.overlay?.isOpen ?? false;
  }

  close(): void {
    this.overlay?.close();
  }

  open(): void {
    this.overlay = new Overlay(this.scene, {
      title: t.debrief.handIn,
      paragraphs: [t.debrief.handInHelp],
      field: { id: 'student', label: t.debrief.yourName, value: this.typed, maxLength: 80, onInput: (v) => (this.typed = v), onEnter: () => this.save() },
      buttons: [
        { id: 'save', label: t.debrief.saveFile, action: () => this.save() },
        { id: 'cancel', label: t.debrief.cancel, action: () => this.close() },
      ],
      width: 680,
    });
  }

  private save(): void {
    const name = studentName(this.typed);
    const { student: _unnamed, ...settings } = this.replay.settings;
    const record = recordOf(this.game, name ? { ...settings, student: name } : settings, this.replay.engine);
    const file = recordFileName(record);
    download(file, recordJson(record), 'application/json');
    this.close();
    this.saved(file);
  }
}
