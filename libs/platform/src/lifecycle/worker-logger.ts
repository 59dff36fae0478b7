/**
 * The slice of a pino logger that background workers (relay, consumer, projections) need; a
 * pino Logger fits it as is, and tests pass `silentLogger`.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * An error as a log field: name and message only, never the event or document that failed.
 * Messages of our own errors never carry payloads; stacks add nothing an operator needs here
 * and are noisy.
 */
export function errorField(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'NonError', message: String(error) };
}
