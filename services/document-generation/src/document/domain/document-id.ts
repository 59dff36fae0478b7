import { nameBasedUuid } from '@career/contracts';
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
  return nameBasedUuid(DOCUMENT_ID_NAMESPACE, `${clientId.toLowerCase()}/${kind}/${language}`);
}

/** Every document id a client can have (three kinds × three languages). */
export function documentIdsOfClient(clientId: string): string[] {
  return DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_LANGUAGES.map((language) => documentIdOf(clientId, kind, language)));
}
