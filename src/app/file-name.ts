// A handed-in file's name says whose game it is: "<name>-<scenario>-<seed>.json" ("Ana_Silva-2022-suspicious-bind-
// lesson4.json"), so that a class's downloads never overwrite each other. Spaces become "_" (read back as spaces);
// anything a file system or a spreadsheet could misread is left out.

export function studentFileName(student: string | undefined, scenario: string, seed: string, ext: string): string {
  const safe = (s: string) => s.normalize('NFC').replace(/\s+/g, '_').replace(/[^\p{L}\p{N}_-]/gu, '').replace(/^[-_]+/, '').slice(0, 40);
  const name = student ? safe(student) : '';
  return `${name ? `${name}-` : ''}${safe(scenario)}-${safe(seed)}.${ext}`;
}

/** The student a replay records (settings.student), if any. */
export function recordedStudent(replay: { settings?: { student?: unknown } } | null | undefined): string | undefined {
  const s = replay?.settings?.student;
  return typeof s === 'string' && s.trim() ? s.trim().slice(0, 60) : undefined;
}
