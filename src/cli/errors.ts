/** A mistake in how the CLI was called, or a file it cannot use: one clear line, exit code 2. */
export class UsageError extends Error {}
