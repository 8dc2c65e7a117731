// Words for the rules in view, the forecast, confirming and undoing, scrolling, sound and the art's captions
// (part of the English catalog: en.ts spreads this in).

const sign = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');
const pct = (p: number): string => `${Math.round(p * 100)}%`;

export const enPlay = {
  scroll: {
    more: 'More below: scroll, or Page Down',
    moreShort: 'More below',
  },
  goals: {
    button: 'Goals',
    key: 'G',
    heading: 'Goals: how the game ends',
    intro: (turns: number, left: number) => `The game lasts ${turns} turns (${left} left). At the end, the first verdict whose conditions all hold is yours, in this order:`,
    verdict: (title: string, met: number, all: number) => `${title} \u2014 ${met} of ${all} conditions met now`,
    verdictOpen: (title: string) => `${title} \u2014 when no verdict above applies`,
    early: 'What ends a game early:',
    crisis: (name: string, title: string, now: number) => `${name} reaches 100: ${title} (now ${now})`,
    collapse: (title: string, what: string) => `${title}: ${what}`,
    drift: 'Drift acts every month, even without a decision: the forecast on the turn screen shows what it will do next.',
  },
  forecast: {
    heading: 'Next month',
    intro: 'If this decision changes nothing:',
    last: 'This is the last turn: the verdict follows your decision.',
    none: 'No drift and no delayed effect due.',
    drift: (name: string, delta: number, word: string, reason: string) => `${name} ${delta > 0 ? '\u25B2' : '\u25BC'} ${sign(delta)} (${word}) \u2014 drift: ${reason}`,
    due: (what: string, effects: string) => `Delayed, from ${what}: ${effects}`,
    chance: (p: number, then: string, otherwise: string) => `${pct(p)} chance: ${then}${otherwise ? `; otherwise ${otherwise}` : ''}`,
    conditional: (likely: boolean, then: string, otherwise: string) => `${then} if the state then allows${likely ? ' (it does now)' : ' (it does not now)'}${otherwise ? `; otherwise ${otherwise}` : ''}`,
    nothing: 'news only',
    ends: (title: string) => `\u26A0 Drift alone would end the game: ${title}.`,
    choiceNow: (names: string) => `\u26A0 Likely to end the game at once: ${names} would reach 100.`,
    choiceEnds: (title: string) => `\u26A0 Likely to end the game next month, with drift: ${title}.`,
    choiceRisk: (names: string) => `\u26A0 Risky: with drift and the delayed effects due, ${names} could reach 100 next month.`,
    risk: (name: string) => `\u26A0 ${name} could reach 100 if the delayed effects go badly: the game would end.`,
  },
  confirm: {
    prompt: (n: number, label: string) => `Chosen ${n}: ${label}. Press Enter or ${n} again to confirm, Esc to cancel.`,
    short: (n: number) => `Option ${n} chosen. Press Enter or ${n} again to confirm, Esc to cancel.`,
    confirm: 'Confirm',
    cancel: 'Cancel',
    hint: (n: number) => `Press 1\u2013${n} to choose, then confirm \u00B7 R read in full \u00B7 G goals`,
    hintDirect: (n: number) => `Press 1\u2013${n} to decide \u00B7 R read in full \u00B7 G goals`,
    setting: (on: boolean) => `Confirm each decision: ${on ? 'on' : 'off'}`,
    locked: (n: number, why: string) => `Option ${n}. ${why}.`,
  },
  turnExtra: {
    thenOpened: 'Then the next month opened, with no decision:',
  },
  saveFailed: 'This step could not be saved: the browser\u2019s storage is full or blocked. Nothing was deleted; download your games from the menu (Esc) to keep them.',
  practiceMenu: (on: boolean) => `Practice mode, with Undo last decision: ${on ? 'on' : 'off'}`,
  practice: {
    undo: 'Undo last decision',
    undoKey: 'U',
    undoHint: ' \u00B7 U undo',
    undone: (label: string) => `Undone: ${label}. Choose again.`,
    badge: 'Practice',
  },
  change: {
    better: 'better',
    worse: 'worse',
    neutral: 'changed',
    row: (name: string, delta: number, after: number, word: string) => `${name} ${delta > 0 ? '\u25B2' : '\u25BC'} ${sign(delta)} \u2192 ${after} (${word})`,
    elites: (camp: string, after: number) => `Elites follow the angrier camp: ${camp} at ${after}`,
  },
  endingWhy: {
    conditions: 'Why this ending',
    otherVerdicts: 'Verdicts you missed',
    moved: 'What moved them most',
  },
  sound: {
    on: 'Sound: on',
    off: 'Sound: off',
    key: 'M',
    choice: 'Decision made.',
    danger: (name: string) => `${name} has risen into danger.`,
    ending: 'The game has ended.',
  },
  map: {
    caption: (west: number, russia: number, elites: number) => `Map: Tehran\u2019s ties to the West at ${west}, to Moscow at ${russia}, at home at ${elites}.`,
    cities: { tehran: 'Tehran', moscow: 'Moscow', kyiv: 'Kyiv', vienna: 'Vienna', brussels: 'Brussels', washington: 'Washington' },
  },
  themes: {
    nuclear: 'Nuclear',
    energy: 'Energy',
    drones: 'Drones',
    space: 'Space',
    war: 'War',
    protests: 'Protests',
    summit: 'Summit',
  } as Record<string, string>,
  debriefAll: {
    readHistory: 'Read the history in full',
  },
};
