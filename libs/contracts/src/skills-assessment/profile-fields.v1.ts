/**
 * Building blocks shared by the skills-assessment v1 contracts: every event names the client
 * and organisation, who recorded the change and when. Kept `as const` so each event's schema
 * still `satisfies JSONSchemaType<...>` of its own type.
 */

/** Who entered a change in the skills profile: the client themself or their advisor. */
export type RecordedByV1 = 'client' | 'advisor';
export type SkillKindV1 = 'skill' | 'knowledge' | 'language' | 'digital' | 'transversal';
export type CefrLevelV1 = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type GainedInV1 = 'work' | 'studies' | 'hobby' | 'volunteering' | 'everyday-life';
export type SelfAssessmentPhaseV1 = 'start' | 'during' | 'end';

/** Fields every skills-assessment event carries. */
export interface ProfileEventBaseV1 {
  clientId: string;
  organisation: string;
}
/** Fields of a change a person made (client or advisor). */
export interface RecordedChangeV1 extends ProfileEventBaseV1 {
  recordedBy: RecordedByV1;
  recordedAt: string;
}

export const clientIdProperty = {
  type: 'string',
  format: 'uuid',
  description: 'Random UUID identifying the client across services (the skills profile is `skillsProfile-<clientId>`); never a personal identifier.',
} as const;
export const organisationProperty = { type: 'string', minLength: 1, description: 'Code of the organisation that owns the record.' } as const;
export const recordedByProperty = {
  type: 'string',
  enum: ['client', 'advisor'],
  description: 'Who entered the change: the client themself or their advisor.',
} as const;
export const recordedAtProperty = { type: 'string', format: 'date-time', description: 'When the change was recorded (ISO 8601).' } as const;

export const baseProperties = { clientId: clientIdProperty, organisation: organisationProperty } as const;
export const recordedChangeProperties = { ...baseProperties, recordedBy: recordedByProperty, recordedAt: recordedAtProperty } as const;
export const RECORDED_CHANGE_REQUIRED = ['clientId', 'organisation', 'recordedBy', 'recordedAt'] as const;

export const idProperty = (what: string) => ({ type: 'string', minLength: 1, maxLength: 100, description: `Id of the ${what} inside the profile.` }) as const;

export const proficiencyProperty = (what: string) =>
  ({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: `${what}: 1 basic (needs guidance), 2 working (routine tasks alone), 3 proficient (demanding tasks alone), 4 advanced (can teach others).`,
  }) as const;

export const skillUriProperty = (what: string) =>
  ({ type: 'string', format: 'uri', nullable: true, description: `ESCO concept URI of the ${what} (http://data.europa.eu/esco/skill/...), when one fits.` }) as const;

/** A competence a target asks for. */
export interface RequirementV1 {
  requirementId: string;
  label: string;
  escoUri?: string;
  requiredProficiency: number;
}

export const requirementProperties = {
  requirementId: idProperty('requirement (unique within its target)'),
  label: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description: 'Name of the competence in the profile\'s language (a competence name, not text about the client).',
  },
  escoUri: skillUriProperty('required skill'),
  requiredProficiency: proficiencyProperty('Proficiency the target needs'),
} as const;

export const requirementSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'A competence the target asks for, with the proficiency it needs.',
  required: ['requirementId', 'label', 'requiredProficiency'],
  properties: requirementProperties,
} as const;
