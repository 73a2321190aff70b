// How the wiring's one-line messages show what they quote.

/** An error's message, or the thrown value as text. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A value from a task or a file, quoted and cut at 60 characters. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
}
