import { defineAggregate, oneKeyPerClient } from '@career/event-sourcing';
import { refuse } from '../../skills-assessment.errors';
import { skillsProfileDecider } from './skills-profile.decider';
import { PERSONAL_FIELDS, SKILLS_PROFILE_SCHEMA_VERSIONS } from './skills-profile.events';

/**
 * The skills profile as the command side knows it (docs/architecture.md#the-rules): one stream
 * `skillsProfile-<clientId>` per client, since the client id is a random UUID per guidance
 * process and a client has one profile. Evidence and descriptions are encrypted with the
 * client's key; another organisation's profile answers like a missing one.
 */
export const skillsProfile = defineAggregate({
  category: 'skillsProfile',
  decider: skillsProfileDecider,
  schemaVersions: SKILLS_PROFILE_SCHEMA_VERSIONS,
  personalData: oneKeyPerClient(PERSONAL_FIELDS),
  notFound: () => refuse('PROFILE.NOT_FOUND'),
  // Once the client's personal data is destroyed (end of retention) the profile is closed:
  // its texts can no longer be read or written and nothing new is recorded for the client.
  personalDataDestroyed: () => refuse('PROFILE.PERSONAL_DATA_DESTROYED'),
});
