import { isCalendarDate } from '@career/calendar';
import { refuse, type SkillsAssessmentErrorCode } from '../../skills-assessment.errors';
import { isEscoOccupationUri, isEscoSkillUri } from '../../taxonomy/domain/esco-uri';
import {
  CEFR_LEVELS,
  GAINED_IN,
  PROFICIENCY_MAX,
  PROFICIENCY_MIN,
  PROFILE_LANGUAGES,
  RATING_MAX,
  RATING_MIN,
  SELF_ASSESSMENT_PHASES,
  SKILL_KINDS,
  type Requirement,
  type SkillFields,
  type TargetSpec,
} from './skills-profile.events';

/**
 * Input checks of the domain: the HTTP layer validates shapes too, but the decider is the last
 * word (commands also come from Kafka consumers). Each throws a refusal of kind `invalid` whose
 * details name the field and never repeat its (possibly personal) value.
 */
type InvalidInput = Extract<SkillsAssessmentErrorCode, `PROFILE.INVALID_${string}` | `PROFILE.CEFR_${string}`>;
const invalid = (code: InvalidInput, message: string, details: Record<string, unknown>) => refuse(code, details, message);

export const SHORT_TEXT_MAX = 200;
export const ID_MAX = 100;
export const LONG_TEXT_MAX = 4000;
/** The profile text: what a CV's profile paragraph holds (document generation prints up to 700 characters). */
export const PROFILE_TEXT_MAX = 700;
/** Years before this are typing errors, not history. */
export const EARLIEST_YEAR = 1900;
/** How far ahead an end year may be (a fixed-term job or studies with a planned end). */
export const END_YEAR_HORIZON = 10;

export function requireText(field: string, value: unknown, maxLength = SHORT_TEXT_MAX): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) {
    throw invalid('PROFILE.INVALID_TEXT', `${field} must be a non-empty text of at most ${maxLength} characters.`, { field, maxLength });
  }
}

export function optionalText(field: string, value: unknown, maxLength = LONG_TEXT_MAX): void {
  if (value !== undefined) requireText(field, value, maxLength);
}

export const requireId = (field: string, value: unknown) => requireText(field, value, ID_MAX);

export function requireOneOf<T>(code: InvalidInput, field: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (!allowed.includes(value as T)) throw invalid(code, `${field} must be one of ${allowed.join(', ')}.`, { field, allowed });
}

export function requireLanguage(value: unknown): void {
  requireOneOf('PROFILE.INVALID_LANGUAGE', 'language', value, PROFILE_LANGUAGES);
}

export function requireProficiency(field: string, value: unknown): void {
  if (!Number.isInteger(value) || (value as number) < PROFICIENCY_MIN || (value as number) > PROFICIENCY_MAX) {
    throw invalid('PROFILE.INVALID_PROFICIENCY', `${field} must be a whole number from ${PROFICIENCY_MIN} to ${PROFICIENCY_MAX}.`, {
      field,
      min: PROFICIENCY_MIN,
      max: PROFICIENCY_MAX,
    });
  }
}

export function requireRating(field: string, value: unknown): void {
  if (!Number.isInteger(value) || (value as number) < RATING_MIN || (value as number) > RATING_MAX) {
    throw invalid('PROFILE.INVALID_RATING', `${field} must be a whole number from ${RATING_MIN} to ${RATING_MAX}.`, {
      field,
      min: RATING_MIN,
      max: RATING_MAX,
    });
  }
}

export function requireSelfAssessmentPhase(value: unknown): void {
  requireOneOf('PROFILE.INVALID_PHASE', 'phase', value, SELF_ASSESSMENT_PHASES);
}

export function optionalSkillUri(field: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !isEscoSkillUri(value))) {
    throw invalid('PROFILE.INVALID_ESCO_SKILL_URI', `${field} must be an ESCO skill URI (http://data.europa.eu/esco/skill/...).`, { field });
  }
}

/** A whole skill as it would be after the command: every field and the CEFR rule. */
export function validateSkill(skill: SkillFields): void {
  requireId('skillId', skill.skillId);
  requireText('label', skill.label);
  optionalSkillUri('escoUri', skill.escoUri);
  requireOneOf('PROFILE.INVALID_SKILL_KIND', 'kind', skill.kind, SKILL_KINDS);
  requireProficiency('proficiency', skill.proficiency);
  requireOneOf('PROFILE.INVALID_GAINED_IN', 'gainedIn', skill.gainedIn, GAINED_IN);
  optionalText('evidence', skill.evidence);
  if (skill.kind === 'language') {
    if (skill.cefrLevel === undefined) {
      throw invalid('PROFILE.CEFR_LEVEL_REQUIRED', 'A language skill needs its CEFR level (A1-C2).', { field: 'cefrLevel' });
    }
    requireOneOf('PROFILE.INVALID_CEFR_LEVEL', 'cefrLevel', skill.cefrLevel, CEFR_LEVELS);
  } else if (skill.cefrLevel !== undefined) {
    throw invalid('PROFILE.CEFR_LEVEL_NOT_ALLOWED', 'Only a language skill has a CEFR level.', { field: 'cefrLevel', kind: skill.kind });
  }
}

/** Start and end years of a history entry, against the year the command is handled in. */
export function validateYears(startYear: unknown, endYear: unknown, now: Date): void {
  const currentYear = now.getUTCFullYear();
  const bad = (field: string, min: number, max: number) =>
    invalid('PROFILE.INVALID_YEARS', `${field} must be a year from ${min} to ${max}.`, { field, min, max });
  if (!Number.isInteger(startYear) || (startYear as number) < EARLIEST_YEAR || (startYear as number) > currentYear) {
    throw bad('startYear', EARLIEST_YEAR, currentYear);
  }
  if (endYear === undefined) return;
  const max = currentYear + END_YEAR_HORIZON;
  if (!Number.isInteger(endYear) || (endYear as number) < (startYear as number) || (endYear as number) > max) {
    throw bad('endYear', startYear as number, max);
  }
}

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export function optionalCalendarDate(field: string, value: unknown): void {
  if (value !== undefined && !isCalendarDate(value)) throw invalid('PROFILE.INVALID_DATE', `${field} must be a date as YYYY-MM-DD.`, { field });
}

export function validateRequirement(requirement: Requirement): void {
  requireId('requirementId', requirement.requirementId);
  requireText('label', requirement.label);
  optionalSkillUri('escoUri', requirement.escoUri);
  requireProficiency('requiredProficiency', requirement.requiredProficiency);
}

export function validateTargetSpec(target: TargetSpec): void {
  switch (target?.kind) {
    case 'occupation':
      requireText('target.label', target.label);
      if (target.escoUri !== undefined && (typeof target.escoUri !== 'string' || !isEscoOccupationUri(target.escoUri))) {
        throw invalid(
          'PROFILE.INVALID_ESCO_OCCUPATION_URI',
          'target.escoUri must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>).',
          { field: 'target.escoUri' },
        );
      }
      return;
    case 'studies':
      requireText('target.field', target.field);
      if (!Number.isInteger(target.level) || target.level < 1 || target.level > 8) {
        throw invalid('PROFILE.INVALID_STUDY_LEVEL', 'target.level must be an ISCED 2011 level from 1 to 8.', { field: 'target.level', min: 1, max: 8 });
      }
      return;
    case 'entrepreneurship':
      optionalText('target.businessArea', target.businessArea, SHORT_TEXT_MAX);
      return;
    default:
      throw invalid('PROFILE.INVALID_TARGET_KIND', 'target.kind must be one of occupation, studies, entrepreneurship.', {
        field: 'target.kind',
        allowed: ['occupation', 'studies', 'entrepreneurship'],
      });
  }
}
