/** The content model of the generated documents: input types, builders and the document types. */
export * from './profile-input';
export * from './document-model';
export * from './plan-input';
export { buildSkillsCv, CV_TEMPLATE_VERSION } from './build-skills-cv';
export { buildJobApplication } from './build-job-application';
export { buildCareerPlan, CAREER_PLAN_TEMPLATE_VERSION } from './build-career-plan';
export { groupCompetenceAreas, MIN_AREAS, MAX_AREAS } from './competence-areas';
export { matchRequirements, requirementMatches, foldForMatching } from './requirement-matching';
export { redactIdentityCodes, containsIdentityCode } from './identity-code-redaction';
export { BODY_CHARACTER_BUDGET, CONDENSE_STEPS } from './fit-one-page';
