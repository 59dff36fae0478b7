import { defineAggregate } from '@career/event-sourcing';
import { refuse } from '../../document-generation.errors';
import { documentDecider } from './document.decider';

/**
 * A client's document of one kind in one language: stream `document-<documentId>`, the id
 * derived from client, kind and language (document-id.ts). Its events hold ids, hashes and
 * dates, never personal data (the content lives only in the stored file, encrypted with the
 * client's key), so nothing is encrypted here. Another organisation's document answers exactly
 * like a missing one; a client whose key is destroyed gets no new version.
 */
export const documentAggregate = defineAggregate({
  category: 'document',
  decider: documentDecider,
  schemaVersions: { DocumentGenerated: 1, DocumentsDestroyed: 1 },
  notFound: () => refuse('DOCUMENT.NOT_FOUND'),
  personalDataDestroyed: () => refuse('DOCUMENT.DESTROYED'),
  clientIdOf: (_documentId, command) => command.data.clientId,
});
