import { ADVISOR_ASSIGNED, advisorAssignedV1Schema } from './advisor-assigned.v1';
import { CLIENT_EXITED, clientExitedV1Schema } from './client-exited.v1';
import { CLIENT_REENTERED, clientReenteredV1Schema } from './client-reentered.v1';
import { CLIENT_REGISTERED, clientRegisteredV1Schema } from './client-registered.v1';
import { PERSONAL_DATA_DESTROYED, personalDataDestroyedV1Schema } from './personal-data-destroyed.v1';
import type { PublishedSchema } from '../published-schema';

export * from './entry-categories.v1';
export * from './client-registered.v1';
export * from './client-registered.v1.example';
export * from './advisor-assigned.v1';
export * from './client-exited.v1';
export * from './client-reentered.v1';
export * from './personal-data-destroyed.v1';

/** Everything client-intake publishes on career.client-intake.events.v1. */
export const CLIENT_INTAKE_SCHEMAS: readonly PublishedSchema[] = [
  { type: CLIENT_REGISTERED, version: 1, schema: clientRegisteredV1Schema },
  { type: ADVISOR_ASSIGNED, version: 1, schema: advisorAssignedV1Schema },
  { type: CLIENT_EXITED, version: 1, schema: clientExitedV1Schema },
  { type: CLIENT_REENTERED, version: 1, schema: clientReenteredV1Schema },
  { type: PERSONAL_DATA_DESTROYED, version: 1, schema: personalDataDestroyedV1Schema },
];
