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
