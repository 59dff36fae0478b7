import { defineAggregate } from '@career/event-sourcing';
import { refuse } from '../../notifications.errors';
import { preferencesDecider } from './preferences.decider';
import { PREFERENCES_CATEGORY, PREFERENCES_SCHEMA_VERSIONS } from './preferences.events';

/**
 * A client's notification preferences, `notificationPreferences-<clientId>`: channel codes only,
 * no personal field. The stream id is the client id, so the choices are in the client's audit
 * trail; another organisation's client answers as unknown.
 */
export const notificationPreferences = defineAggregate({
  category: PREFERENCES_CATEGORY,
  decider: preferencesDecider,
  schemaVersions: PREFERENCES_SCHEMA_VERSIONS,
  notFound: () => refuse('CLIENT.NOT_FOUND'),
});
