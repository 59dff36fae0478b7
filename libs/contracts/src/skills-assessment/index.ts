import type { PublishedSchema } from '../published-schema';

/** Everything skills-assessment publishes on career.skills-assessment.events.v1 (one file per event and version beside this one). */
export const SKILLS_ASSESSMENT_SCHEMAS: readonly PublishedSchema[] = [];
