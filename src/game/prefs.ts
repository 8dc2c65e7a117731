// The player's own preferences on this device (not part of a game's record).

const CONFIRM = 'suspicious-bind:v1:pref:confirm';
let memory: boolean | null = null;

/** Whether a decision waits for confirmation (Enter or the same key again). On unless turned off. */
export function confirmOn(): boolean {
  if (memory !== null) return memory;
  try {
    return localStorage.getItem(CONFIRM) !== 'off';
  } catch {
    return true;
  }
}

export function setConfirmOn(on: boolean): void {
  memory = on;
  try {
    localStorage.setItem(CONFIRM, on ? 'on' : 'off');
  } catch {
    /* storage blocked: the setting lasts for this visit only */
  }
}

const LANG = 'suspicious-bind:v1:pref:lang';
const LEVEL = 'suspicious-bind:v1:pref:level';

/** The language and reading level the player last chose on this device (either may be missing). */
export function storedVariant(): { lang: string | null; level: string | null } {
  try {
    return { lang: localStorage.getItem(LANG), level: localStorage.getItem(LEVEL) };
  } catch {
    return { lang: null, level: null };
  }
}

export function rememberVariant(v: { lang: string; level: string }): void {
  try {
    localStorage.setItem(LANG, v.lang);
    localStorage.setItem(LEVEL, v.level);
  } catch {
    /* storage blocked: the link carries the choice instead (see language-switch.ts) */
  }
}
