import { defineAggregate } from '@career/event-sourcing';
import { refuse } from '../../document-generation.errors';
import { documentDecider } from './document.decider';

/**
 * A client's document of one kind in one language: stream `document-<documentId>`, the id
 * derived from client, kind and language (document-id.ts). Its events hold ids, hashes and
 * dates, never personal data (the content lives only in the stored file), so nothing is
 * encrypted here. Another organisation's document answers exactly like a missing one.
 */
export const documentAggregate = defineAggregate({
  category: 'document',
  decider: documentDecider,
  schemaVersions: { DocumentGenerated: 1, DocumentsDestroyed: 1 },
  notFound: () => refuse('DOCUMENT.NOT_FOUND'),
  clientIdOf: (_documentId, command) => command.data.clientId,
});
