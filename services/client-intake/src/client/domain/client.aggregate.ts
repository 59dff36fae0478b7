import { defineAggregate, type PersonalFieldGroup } from '@career/event-sourcing';
import { refuse } from '../../client-intake.errors';
import { clientDecider } from './client.decider';
import { CLIENT_CATEGORY, CLIENT_SCHEMA_VERSIONS, DATA_KEY_SCOPES, dataKeyIdOf, PERSONAL_FIELDS_BY_KEY } from './client.events';

/**
 * The client's personal fields under two keys: identity fields under `<clientId>`, the
 * voluntary answers under `<clientId>:voluntary`, so that withdrawing consent can shred the
 * answers alone (docs/domain.md#personal-data).
 */
export const CLIENT_FIELD_GROUPS: readonly PersonalFieldGroup[] = DATA_KEY_SCOPES.map((scope) => ({
  keyIdOf: (clientId: string) => dataKeyIdOf(clientId, scope),
  fields: PERSONAL_FIELDS_BY_KEY[scope],
}));

/**
 * The client aggregate (stream `client-<clientId>`): the aggregate id is the client id.
 * Another organisation's client answers exactly like a missing one (CLIENT.NOT_FOUND); a
 * change that would have to encrypt for a client whose keys are gone is CLIENT.DATA_DESTROYED.
 */
export const client = defineAggregate({
  category: CLIENT_CATEGORY,
  decider: clientDecider,
  schemaVersions: CLIENT_SCHEMA_VERSIONS,
  personalData: CLIENT_FIELD_GROUPS,
  notFound: () => refuse('CLIENT.NOT_FOUND'),
  personalDataDestroyed: () => refuse('CLIENT.DATA_DESTROYED'),
});
