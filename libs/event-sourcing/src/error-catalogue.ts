import { DomainError } from './decider';

/** How a refusal reaches the caller: 'invalid' -> 400, 'not-found' -> 404, 'conflict' -> 409. */
export type ErrorKind = DomainError['kind'];

export interface ErrorSpec {
  kind: ErrorKind;
  /** The default message; a call may give a more precise one. Never personal data. */
  message: string;
}

/** A service's refusals by code (`PROCESS.NOT_FOUND`): the one place a code, its kind and its usual message are written. */
export type ErrorCatalogue<Code extends string> = Readonly<Record<Code, ErrorSpec>>;

/** Raises the refusal `code`: `refuse('PROCESS.CLOSED', { processId })`. */
export type Refuse<Code extends string> = (code: Code, details?: Record<string, unknown>, message?: string) => DomainError;

/**
 * Error codes defined once per service: every `DomainError` a service raises is built from
 * its catalogue, so a code cannot be misspelt, its HTTP status cannot drift between call
 * sites, and `docs/` can list them all from one file. Codes are `AREA.NAME` in capitals.
 */
export function defineErrors<Code extends string>(catalogue: ErrorCatalogue<Code>): Refuse<Code> & { catalogue: ErrorCatalogue<Code> } {
  for (const code of Object.keys(catalogue)) {
    if (!/^[A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`error code must look like AREA.NAME, got "${code}"`);
  }
  const refuse = (code: Code, details: Record<string, unknown> = {}, message?: string): DomainError => {
    const spec = catalogue[code];
    if (!spec) throw new Error(`unknown error code ${code}`);
    return new DomainError(code, message ?? spec.message, details, spec.kind);
  };
  return Object.assign(refuse, { catalogue });
}

/** The code privacy errors carry when a client's data key was destroyed (crypto-shredding). */
export const DATA_KEY_DESTROYED = 'PRIVACY.DATA_KEY_DESTROYED';

/**
 * True for the error an event codec throws when asked to encrypt or decrypt for a client whose
 * data key was destroyed; the command side turns it into the aggregate's own refusal.
 */
export function isPersonalDataDestroyed(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === DATA_KEY_DESTROYED;
}
