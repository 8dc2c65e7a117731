// Words for saved games: the list, deleting, starting over, and a storage that is full.

export const savesEn = {
  heading: 'Saved games',
  open: (n: number) => `Saved games (${n})`,
  none: 'No saved games yet: every game is saved after each step.',
  page: (i: number, n: number) => `Page ${i} of ${n}`,
  prev: 'Previous page',
  next: 'Next page',
  close: 'Close',
  state: { playing: 'In progress', finished: 'Finished', abandoned: 'Left (started over)' } as Record<string, string>,
  /** Where the game resumes: the month and turn of its next decision, or its consequences, or its ending. */
  resumesAt: (month: string, turn: number, turns: number, atConsequences: boolean) =>
    atConsequences ? `resumes at the consequences of ${month} (turn ${turn} of ${turns})` : `resumes at ${month}, turn ${turn} of ${turns}`,
  endedAt: (ending: string, month: string) => `ended: ${ending} (${month})`,
  line: (scenario: string, where: string, difficulty: string, seed: string) => `${scenario} \u2014 ${where} \u00B7 ${difficulty} \u00B7 seed ${seed}`,
  continue: 'Continue',
  review: 'Review',
  delete: 'Delete',
  deleteHeading: 'Delete this saved game?',
  deleteText: (line: string) => `${line}. Deleting cannot be undone.`,
  deleteYes: 'Delete it',
  deleteNo: 'Keep it',
  deleted: 'The saved game was deleted.',
  latest: (scenario: string) => `Continue: ${scenario}`,
  clashHeading: 'You already have this game in progress',
  clashText: (where: string) =>
    `A game with this scenario, seed and difficulty is saved (${where}). Continue it, or start over: starting over keeps the old game in your saved games, marked as left.`,
  clashContinue: 'Continue that game',
  clashStartOver: 'Start over',
  cancel: 'Cancel',
  notSaved: 'This game could not be saved: the browser\u2019s storage is full or blocked. Download your games as a file to keep them.',
  savedOk: 'The game is saved after every step.',
  download: 'Download saved games (file)',
  downloaded: (name: string) => `Saved games downloaded as ${name}.`,
  fullWarning:
    'The browser\u2019s storage is full, so this step was not saved. Nothing was deleted. Download your games as a file, or delete finished games from the saved-games list on the title screen.',
};
