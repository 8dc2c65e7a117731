import type Phaser from 'phaser';
import { app } from '../app';
import { downloadSaves } from '../save-file';
import { goalsParagraphs } from '../explain';
import { t } from '../i18n';
import { confirmOn, setConfirmOn } from '../prefs';
import { setSoundOn, soundOn } from '../sound';
import type { CardView } from '../view-model';
import { previewText } from '../widgets/DecisionView';
import { Overlay } from '../widgets/Overlay';

// The turn screen's panels: the card in full (R), the goals (G) and the menu (Esc) with its settings.

export function readFullOverlay(scene: Phaser.Scene, card: CardView, previews: boolean, close: () => void): Overlay {
  const advisors = card.advisors.map((a) => t.fmt.advisor(a.name, a.role, a.camp, a.backs ? t.turn.backs(a.backs, a.backsLabel) : t.turn.backsNone, a.argues));
  const choices = card.choices.map((c) => [t.turn.choose(c.n, c.label), c.detail, previews && c.open ? previewText(c) : ''].filter(Boolean).join(' \u2014 '));
  return new Overlay(scene, {
    title: t.turn.readFullHeading(card.title),
    paragraphs: [card.date, card.situation, ...advisors, ...choices],
    buttons: [{ id: 'close', label: t.howTo.close, action: close }],
    width: 1100,
  });
}

export function goalsOverlay(scene: Phaser.Scene, close: () => void): Overlay {
  const { session } = app();
  return new Overlay(scene, {
    title: t.goals.heading,
    paragraphs: goalsParagraphs(session.cs!, session.snapshot()!.context.game),
    buttons: [{ id: 'close', label: t.howTo.close, action: close }],
    width: 1100,
  });
}

export interface MenuActions {
  close: () => void;
  help: () => void;
  title: () => void;
  /** Re-draws the screen after a setting changed. */
  refresh: () => void;
}

export function menuOverlay(scene: Phaser.Scene, a: MenuActions): Overlay {
  const { session, mirror } = app();
  const g = session.snapshot()!.context.game;
  const diff = session.scenario!.difficulties.find((d) => d.id === g.difficulty)?.name ?? g.difficulty;
  // A class game (from a class code or a class link) is never turned into a practice game or back: a class that
  // allows practice games offers them on the title, before the game starts, so that its record says which it is.
  const link = app().link;
  const fromLink = (link?.start === true || link?.join === true) && link.scenario === g.scenario.id && link.seed === g.seed;
  const inClass = typeof session.settings.class === 'string' || (fromLink && session.settings.practice !== true);
  const practice = session.settings.practice === true;
  const buttons = [
    { id: 'resume', label: t.menu.resume, action: a.close },
    { id: 'how', label: t.menu.howTo, action: a.help },
    {
      id: 'confirm-setting',
      label: t.confirm.setting(confirmOn()),
      action: () => {
        setConfirmOn(!confirmOn());
        a.refresh();
        mirror.announce(t.confirm.setting(confirmOn()));
      },
    },
    {
      id: 'sound',
      label: soundOn() ? t.sound.on : t.sound.off,
      action: () => {
        setSoundOn(!soundOn());
        a.refresh();
        mirror.announce(soundOn() ? t.sound.on : t.sound.off);
      },
    },
    ...(inClass
      ? []
      : [
          {
            id: 'practice',
            label: t.practiceMenu(practice),
            action: () => {
              session.setPractice(!practice);
              a.refresh();
              mirror.announce(t.practiceMenu(!practice));
            },
          },
        ]),
    ...(session.saved ? [] : [{ id: 'download-saves', label: t.saves.download, action: () => void downloadSaves() }]),
    { id: 'title', label: session.saved ? t.menu.toTitle : t.menu.toTitleUnsaved, action: a.title },
  ];
  return new Overlay(scene, { title: t.menu.heading, paragraphs: [t.menu.seedLine(g.seed, diff), session.saved ? t.saves.savedOk : t.saves.notSaved], buttons });
}
