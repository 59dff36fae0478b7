import { defineAggregate, oneKeyPerClient } from '@career/event-sourcing';
import { refuse } from '../../outcomes-reporting.errors';
import { outcomeDecider } from './outcome.decider';
import { OUTCOME_CATEGORY, OUTCOME_SCHEMA_VERSIONS, PERSONAL_FIELDS } from './outcome.events';

/**
 * The outcomes of one client process, `outcome-<processId>` (docs/architecture.md#the-rules,
 * One command side). A sole trader's business ID is personal data, encrypted with the client's
 * key. Another organisation's outcomes answer exactly like a client the caller's organisation
 * does not have.
 */
export const outcome = defineAggregate({
  category: OUTCOME_CATEGORY,
  decider: outcomeDecider,
  schemaVersions: OUTCOME_SCHEMA_VERSIONS,
  personalData: oneKeyPerClient(PERSONAL_FIELDS),
  notFound: () => refuse('OUTCOME.CLIENT_NOT_FOUND'),
  personalDataDestroyed: () => refuse('OUTCOME.PERSONAL_DATA_DESTROYED'),
  // The stream is keyed by the process, so the client comes from the command. Only the exit
  // record opens a stream: the decider refuses every other command on an empty one before
  // anything is written, so their fallback is never stored.
  clientIdOf: (processId, command) => (command.type === 'RecordExitOutcome' ? command.data.clientId : processId),
});
