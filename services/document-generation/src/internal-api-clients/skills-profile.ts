import type {
  CefrLevel,
  EducationInput,
  ExperienceInput,
  GainedIn,
  LicenceInput,
  ProfileInput,
  Proficiency,
  SkillInput,
  SkillKind,
} from '../content/domain';
import { AnswerShapeError, arrayAt, isObject, objectAt, oneOf, optionalInteger, optionalText, requiredInteger, requiredText, type Json } from '@career/platform';

/**
 * What skills-assessment's `GET /internal/v1/skills-profiles/:clientId` returns: the open
 * profile as its state holds it (skills-profile.state.ts: skills, workExperience, education,
 * licences, interestInventory, the client's profile text, ...; free text decrypted) and the
 * profile stream's `revision`.
 * The profile may also come wrapped as `{ profile, revision }`. Only what a CV or an
 * application prints is read; targets and self-assessments stay out.
 */
export interface SkillsProfileAnswer {
  /** The organisation owning the profile, when the answer names it (checked against the request's). */
  organisation?: string;
  profile: ProfileInput;
  /** skills-assessment's stream revision the profile was read at. */
  revision: number;
}

const SKILL_KINDS: readonly SkillKind[] = ['skill', 'knowledge', 'language', 'digital', 'transversal'];
const GAINED_IN: readonly GainedIn[] = ['work', 'studies', 'hobby', 'volunteering', 'everyday-life'];
const CEFR_LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export function parseSkillsProfile(body: unknown, etagRevision?: number): SkillsProfileAnswer {
  const answer = objectAt(body, 'body');
  const profile = isObject(answer.profile) ? answer.profile : answer;
  const revision = answer.revision === undefined && etagRevision !== undefined ? etagRevision : requiredInteger(answer, 'revision', 'revision', 0);
  const interestCode = isObject(profile.interestInventory) ? optionalText(profile.interestInventory, 'code') : undefined;
  // The client's profile in their own words: the CV prints it instead of a generated sentence.
  const summary = isObject(profile.profileText) ? optionalText(profile.profileText, 'text') : undefined;
  const organisation = optionalText(answer, 'organisation') ?? optionalText(profile, 'organisation');
  return {
    ...(organisation ? { organisation } : {}),
    revision,
    profile: {
      ...(summary ? { summary } : {}),
      skills: arrayAt(profile, 'skills').map((skill, index) => skillOf(objectAt(skill, `skills[${index}]`), `skills[${index}]`)),
      experience: arrayAt(profile, 'workExperience').map((entry, index) => experienceOf(objectAt(entry, `workExperience[${index}]`), `workExperience[${index}]`)),
      education: arrayAt(profile, 'education').map((entry, index) => educationOf(objectAt(entry, `education[${index}]`), `education[${index}]`)),
      licences: arrayAt(profile, 'licences').map((entry, index) => licenceOf(objectAt(entry, `licences[${index}]`), `licences[${index}]`)),
      ...(interestCode ? { interestCode } : {}),
    },
  };
}

function skillOf(skill: Json, at: string): SkillInput {
  const kind = oneOf(skill, 'kind', SKILL_KINDS, `${at}.kind`);
  const cefrLevel = skill.cefrLevel === undefined || skill.cefrLevel === null ? undefined : oneOf(skill, 'cefrLevel', CEFR_LEVELS, `${at}.cefrLevel`);
  const escoUri = optionalText(skill, 'escoUri');
  const evidence = optionalText(skill, 'evidence');
  return {
    label: requiredText(skill, 'label', `${at}.label`),
    ...(escoUri ? { escoUri } : {}),
    kind,
    proficiency: proficiencyOf(skill, at),
    ...(cefrLevel ? { cefrLevel } : {}),
    gainedIn: oneOf(skill, 'gainedIn', GAINED_IN, `${at}.gainedIn`),
    ...(evidence ? { evidence } : {}),
  };
}

function proficiencyOf(skill: Json, at: string): Proficiency {
  const value = requiredInteger(skill, 'proficiency', `${at}.proficiency`, 1);
  if (value > 4) throw new AnswerShapeError(`${at}.proficiency`);
  return value as Proficiency;
}

function yearsOf(entry: Json, at: string): { startYear: number; endYear?: number } {
  const endYear = optionalInteger(entry, 'endYear', `${at}.endYear`);
  return { startYear: requiredInteger(entry, 'startYear', `${at}.startYear`), ...(endYear !== undefined ? { endYear } : {}) };
}

function experienceOf(entry: Json, at: string): ExperienceInput {
  const description = optionalText(entry, 'description');
  return {
    title: requiredText(entry, 'title', `${at}.title`),
    employer: requiredText(entry, 'employer', `${at}.employer`),
    ...yearsOf(entry, at),
    ...(description ? { description } : {}),
  };
}

function educationOf(entry: Json, at: string): EducationInput {
  const description = optionalText(entry, 'description');
  return {
    title: requiredText(entry, 'title', `${at}.title`),
    institution: requiredText(entry, 'institution', `${at}.institution`),
    ...yearsOf(entry, at),
    ...(description ? { description } : {}),
  };
}

function licenceOf(entry: Json, at: string): LicenceInput {
  const validUntil = optionalText(entry, 'validUntil');
  return { name: requiredText(entry, 'name', `${at}.name`), ...(validUntil ? { validUntil } : {}) };
}
