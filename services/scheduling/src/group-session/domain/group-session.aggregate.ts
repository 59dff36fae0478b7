import { defineAggregate } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import { groupSessionDecider } from './group-session.decider';
import { GROUP_SESSION_CATEGORY, GROUP_SESSION_SCHEMA_VERSIONS } from './group-session.events';

/**
 * A group guidance session (docs/domain.md#the-process, step 3): `groupSession-<sessionId>`
 * streams. A session concerns many clients, so its events are audited under the session's own
 * id as `clientId`; each fact's client is in its payload, and the relay keys the published
 * messages by it. No personal data: clients appear by their random id only, and title, topic
 * and place describe the session, not a person.
 */
export const groupSession = defineAggregate({
  category: GROUP_SESSION_CATEGORY,
  decider: groupSessionDecider,
  schemaVersions: GROUP_SESSION_SCHEMA_VERSIONS,
  notFound: () => refuse('SESSION.NOT_FOUND'),
  clientIdOf: (sessionId) => sessionId,
});
