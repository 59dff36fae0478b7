import { defineAggregate } from '@career/event-sourcing';
import { refuse } from '../../outcomes-reporting.errors';
import { extractDownloadDecider } from './extract-download.decider';
import { EXTRACT_DOWNLOAD_SCHEMA_VERSIONS, PARTICIPANT_EXTRACT_CATEGORY } from './extract-download.events';

/**
 * The log of participant-level extracts, `participantExtract-<extractId>` (docs/architecture.md#the-rules,
 * One command side). No personal data in it: codes, dates and counts. A download concerns
 * many participants, so (like a group session) it is audited under its own id.
 */
export const extractDownload = defineAggregate({
  category: PARTICIPANT_EXTRACT_CATEGORY,
  decider: extractDownloadDecider,
  schemaVersions: EXTRACT_DOWNLOAD_SCHEMA_VERSIONS,
  notFound: () => refuse('EXTRACT.NOT_FOUND'),
});
