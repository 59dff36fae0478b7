import { createHash } from 'node:crypto';
import { DOCUMENT_LANGUAGES, type DocumentKind, type DocumentLanguage } from '../../content/domain';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['skills-cv', 'job-application', 'career-plan'];

/** This service's fixed namespace for name-based (v5) document ids; never change it. */
const DOCUMENT_ID_NAMESPACE = '6d0c1f0e-3b7a-4f1e-9f7d-2a4c8e5b9d31';

/**
 * The id of a client's document of one kind in one language: a UUID v5 (RFC 9562) of the
 * three, so generating finds the document's stream without a lookup table and listing a
 * client's documents reads at most nine streams. It is derived from ids and codes only.
 */
export function documentIdOf(clientId: string, kind: DocumentKind, language: DocumentLanguage): string {
  const namespace = Buffer.from(DOCUMENT_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${clientId.toLowerCase()}/${kind}/${language}`, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Every document id a client can have (three kinds × three languages). */
export function documentIdsOfClient(clientId: string): string[] {
  return DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_LANGUAGES.map((language) => documentIdOf(clientId, kind, language)));
}
