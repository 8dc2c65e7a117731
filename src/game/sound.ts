import { reducedMotion } from './theme';

// Short cues made with Web Audio (no sound files): a soft click for a decision, a low two-tone warning when a
// meter rises into danger, a closing chord at an ending. Off until the player turns it on when the system asks
// for reduced motion; the choice is remembered. Every cue has its words in the accessible layer (the callers say
// what happened), so sound never carries meaning alone.

const KEY = 'suspicious-bind:v1:pref:sound';
export type Cue = 'choice' | 'danger' | 'ending';

let ctx: AudioContext | null = null;
let memory: boolean | null = null;

export function soundOn(): boolean {
  if (memory !== null) return memory;
  try {
    const v = localStorage.getItem(KEY);
    if (v === 'on' || v === 'off') return v === 'on';
  } catch {
    /* storage blocked: fall back to the default */
  }
  return !reducedMotion();
}

export function setSoundOn(on: boolean): void {
  memory = on;
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    /* not remembered across visits, but kept for this one */
  }
  if (!on) void ctx?.suspend();
}

function tone(ac: AudioContext, freq: number, start: number, length: number, type: OscillatorType, gain: number): void {
  const o = ac.createOscillator();
  const g = ac.createGain();
  o.type = type;
  o.frequency.value = freq;
  g.gain.setValueAtTime(0, ac.currentTime + start);
  g.gain.linearRampToValueAtTime(gain, ac.currentTime + start + 0.015);
  g.gain.exponentialRampToValueAtTime(0.0001, ac.currentTime + start + length);
  o.connect(g).connect(ac.destination);
  o.start(ac.currentTime + start);
  o.stop(ac.currentTime + start + length + 0.05);
}

/** Plays a cue if sound is on (and the browser allows audio; it may only start after a key press or click). */
export function play(cue: Cue): boolean {
  if (!soundOn()) return false;
  (window as unknown as { __sbSounds?: Cue[] }).__sbSounds?.push(cue);
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
    if (cue === 'choice') tone(ctx, 660, 0, 0.12, 'triangle', 0.08);
    else if (cue === 'danger') {
      tone(ctx, 330, 0, 0.22, 'sawtooth', 0.05);
      tone(ctx, 247, 0.24, 0.3, 'sawtooth', 0.05);
    } else {
      for (const [i, f] of [262, 330, 392].entries()) tone(ctx, f, i * 0.09, 1.1, 'sine', 0.06);
    }
    return true;
  } catch {
    return false;
  }
}
