import { defineAggregate, oneKeyPerClient } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import { guidanceProcessDecider } from './guidance-process.decider';
import { GUIDANCE_PROCESS_CATEGORY, GUIDANCE_PROCESS_SCHEMA_VERSIONS, PERSONAL_FIELDS } from './guidance-process.events';

/**
 * A client's guidance process (docs/domain.md#the-process, steps 2-4), bound to the event store
 * by CommandSideModule: `guidanceProcess-<processId>` streams, notes, reasons, locations and
 * licence numbers encrypted with the client's key, another organisation's process answered as
 * missing. The process's client is named by OpenProcess; any other command on a new stream is
 * refused by the decider before anything is written.
 */
export const guidanceProcess = defineAggregate({
  category: GUIDANCE_PROCESS_CATEGORY,
  decider: guidanceProcessDecider,
  schemaVersions: GUIDANCE_PROCESS_SCHEMA_VERSIONS,
  personalData: oneKeyPerClient(PERSONAL_FIELDS),
  notFound: () => refuse('PROCESS.NOT_FOUND'),
  personalDataDestroyed: () => refuse('CLIENT.PERSONAL_DATA_DESTROYED'),
  clientIdOf: (processId, command) => (command.type === 'OpenProcess' ? command.data.clientId : processId),
});
