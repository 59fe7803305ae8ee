/** The main process's log sink (the platform writes it to a file; tests collect it). */
export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  data?: Record<string, unknown>,
) => void;

export const silentLog: Log = () => {};

/** What may be logged about an error: its name, code and message, never a resident's data. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(code !== undefined ? { code } : {}) };
  }
  return { thrown: String(error) };
}
