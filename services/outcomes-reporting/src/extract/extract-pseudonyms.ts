import { createHmac, randomBytes } from 'node:crypto';
import type { PseudonymOf } from './domain/participant-extract';

/**
 * The pseudonyms of ONE extract: HMAC-SHA-256 of the client id under a 256-bit key drawn for
 * this extract and kept nowhere (not stored, not logged, not in the download's event). Inside
 * the file a participant has one pseudonym; two extracts give the same person unrelated ones,
 * so extracts cannot be joined with each other, and nobody can go from a pseudonym back to
 * the client id (docs/participant-extract.md).
 */
export function pseudonymsOfOneExtract(): PseudonymOf {
  const key = randomBytes(32);
  return (clientId: string) => createHmac('sha256', key).update(clientId, 'utf8').digest('hex').slice(0, 16);
}
