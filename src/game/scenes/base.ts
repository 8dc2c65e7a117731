import Phaser from 'phaser';
import { announceFirstScreen } from '../../app/offline';
import { app } from '../app';
import { getRenderScale, HEIGHT, WIDTH } from '../theme';
import { addBackdrop } from '../widgets/backdrop';

// What every screen does on entry and exit: camera at the render scale, backdrop, a fresh HTML layer.

export abstract class BaseScene extends Phaser.Scene {
  private cleanups: (() => void)[] = [];

  /** Starts a screen: clears the HTML layer and its controls, sets the heading, draws the backdrop. */
  protected begin(heading: string): void {
    const { mirror, controls, keys } = app();
    const k = getRenderScale();
    this.cameras.main.setZoom(k).centerOn(WIDTH / 2, HEIGHT / 2);
    mirror.screen(heading);
    controls.reset();
    keys.clear();
    addBackdrop(this);
    this.cleanups = [];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const fn of this.cleanups.splice(0)) fn();
      app().keys.clear();
    });
    (window as unknown as { __sb?: { screen: string } }).__sb!.screen = this.scene.key;
    // The boot screen is not the first screen: the build is cached for offline use only once a real one is drawn.
    if (this.scene.key !== 'Boot') this.game.events.once('postrender', announceFirstScreen);
  }

  /** Runs on leaving the screen (unsubscribe, timers). */
  protected onLeave(fn: () => void): void {
    this.cleanups.push(fn);
  }
}
