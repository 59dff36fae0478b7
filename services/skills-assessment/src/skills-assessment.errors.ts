import { defineErrors, DomainError } from '@career/event-sourcing';

/**
 * Every refusal skills-assessment raises, with its HTTP kind (docs/architecture.md#the-rules,
 * Errors). Details name fields and ids, never a value a person typed: evidence and
 * descriptions are personal data.
 */
export const refuse = defineErrors({
  // The profile as a whole.
  'PROFILE.NOT_FOUND': { kind: 'not-found', message: 'This client has no skills profile.' },
  'PROFILE.ALREADY_OPEN': { kind: 'conflict', message: 'This client already has a skills profile.' },
  'PROFILE.PERSONAL_DATA_DESTROYED': {
    kind: 'conflict',
    message: "This client's personal data has been destroyed; the profile can no longer be changed.",
  },
  'PROFILE.ALREADY_COMPLETED': { kind: 'conflict', message: 'The assessment is already completed and nothing has changed since.' },

  // Entries of the profile.
  'PROFILE.SKILL_NOT_FOUND': { kind: 'not-found', message: 'No skill with this id.' },
  'PROFILE.SKILL_ALREADY_EXISTS': { kind: 'conflict', message: 'A skill with this id already exists.' },
  'PROFILE.SKILL_ALREADY_RECORDED': { kind: 'conflict', message: 'The profile already has this skill; revise it instead.' },
  'PROFILE.ENTRY_ALREADY_EXISTS': { kind: 'conflict', message: 'An entry with this id already exists.' },
  'PROFILE.EXPERIENCE_NOT_FOUND': { kind: 'not-found', message: 'No work experience entry with this id.' },
  'PROFILE.EDUCATION_NOT_FOUND': { kind: 'not-found', message: 'No education entry with this id.' },
  'PROFILE.LICENCE_NOT_FOUND': { kind: 'not-found', message: 'No licence with this id.' },
  'PROFILE.LICENCE_ALREADY_EXISTS': { kind: 'conflict', message: 'A licence with this id already exists.' },
  'PROFILE.TARGET_NOT_FOUND': { kind: 'not-found', message: 'No target with this id.' },
  'PROFILE.TARGET_ALREADY_EXISTS': { kind: 'conflict', message: 'A target with this id already exists.' },
  'PROFILE.REQUIREMENT_NOT_FOUND': { kind: 'not-found', message: 'This target has no requirement with this id.' },
  'PROFILE.REQUIREMENT_ALREADY_EXISTS': { kind: 'conflict', message: 'This target already has a requirement with this id.' },
  'PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED': { kind: 'conflict', message: 'This self-assessment phase is already recorded.' },

  // Input the domain checks (commands also come from Kafka, not only through the DTOs).
  'PROFILE.INVALID_TEXT': { kind: 'invalid', message: 'A text field is empty or too long.' },
  'PROFILE.INVALID_LANGUAGE': { kind: 'invalid', message: 'language must be one of fi, sv, en.' },
  'PROFILE.INVALID_PROFICIENCY': { kind: 'invalid', message: 'A proficiency is outside its scale.' },
  'PROFILE.INVALID_RATING': { kind: 'invalid', message: 'A self-assessment rating is outside its scale.' },
  'PROFILE.INVALID_PHASE': { kind: 'invalid', message: 'phase must be one of start, during, end.' },
  'PROFILE.INVALID_SKILL_KIND': { kind: 'invalid', message: 'kind is not a skill kind.' },
  'PROFILE.INVALID_GAINED_IN': { kind: 'invalid', message: 'gainedIn is not one of the listed origins.' },
  'PROFILE.INVALID_CEFR_LEVEL': { kind: 'invalid', message: 'cefrLevel must be one of A1-C2.' },
  'PROFILE.CEFR_LEVEL_REQUIRED': { kind: 'invalid', message: 'A language skill needs its CEFR level (A1-C2).' },
  'PROFILE.CEFR_LEVEL_NOT_ALLOWED': { kind: 'invalid', message: 'Only a language skill has a CEFR level.' },
  'PROFILE.INVALID_ESCO_SKILL_URI': { kind: 'invalid', message: 'Not an ESCO skill URI (http://data.europa.eu/esco/skill/...).' },
  'PROFILE.INVALID_ESCO_OCCUPATION_URI': {
    kind: 'invalid',
    message: 'target.escoUri must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>).',
  },
  'PROFILE.INVALID_YEARS': { kind: 'invalid', message: 'A year is outside the allowed range.' },
  'PROFILE.INVALID_DATE': { kind: 'invalid', message: 'A date must be written as YYYY-MM-DD.' },
  'PROFILE.INVALID_STUDY_LEVEL': { kind: 'invalid', message: 'target.level must be an ISCED 2011 level from 1 to 8.' },
  'PROFILE.INVALID_TARGET_KIND': { kind: 'invalid', message: 'target.kind must be one of occupation, studies, entrepreneurship.' },

  // The interest inventory's answers.
  'INVENTORY.UNKNOWN_ITEM': { kind: 'invalid', message: 'Answers name items that are not in the inventory.' },
  'INVENTORY.INCOMPLETE': { kind: 'invalid', message: 'Every item of the inventory must be answered.' },
  'INVENTORY.INVALID_ANSWER': { kind: 'invalid', message: 'Each answer must be a whole number from 0 to 4.' },
});

export type SkillsAssessmentErrorCode = keyof typeof refuse.catalogue;

/** True when `error` is this service's refusal `code` (a consumer telling "already done" from a failure). */
export function isRefusal(error: unknown, code: SkillsAssessmentErrorCode): boolean {
  return error instanceof DomainError && error.code === code;
}
