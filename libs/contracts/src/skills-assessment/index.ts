import type { PublishedSchema } from '../published-schema';
import { ASSESSMENT_COMPLETED, assessmentCompletedV1Schema } from './assessment-completed.v1';
import { EDUCATION_ADDED, educationAddedV1Schema } from './education-added.v1';
import { EDUCATION_REMOVED, educationRemovedV1Schema } from './education-removed.v1';
import { INTEREST_INVENTORY_RECORDED, interestInventoryRecordedV1Schema } from './interest-inventory-recorded.v1';
import { LICENCE_ADDED, licenceAddedV1Schema } from './licence-added.v1';
import { LICENCE_REMOVED, licenceRemovedV1Schema } from './licence-removed.v1';
import { PROFILE_TEXT_REMOVED, profileTextRemovedV1Schema } from './profile-text-removed.v1';
import { PROFILE_TEXT_WRITTEN, profileTextWrittenV1Schema } from './profile-text-written.v1';
import { SELF_ASSESSMENT_RECORDED, selfAssessmentRecordedV1Schema } from './self-assessment-recorded.v1';
import { SKILL_ADDED, skillAddedV1Schema } from './skill-added.v1';
import { SKILL_REMOVED, skillRemovedV1Schema } from './skill-removed.v1';
import { SKILL_REVISED, skillRevisedV1Schema } from './skill-revised.v1';
import { SKILLS_PROFILE_OPENED, skillsProfileOpenedV1Schema } from './skills-profile-opened.v1';
import { TARGET_REMOVED, targetRemovedV1Schema } from './target-removed.v1';
import { TARGET_REQUIREMENT_ADDED, targetRequirementAddedV1Schema } from './target-requirement-added.v1';
import { TARGET_REQUIREMENT_REMOVED, targetRequirementRemovedV1Schema } from './target-requirement-removed.v1';
import { TARGET_REQUIREMENT_REVISED, targetRequirementRevisedV1Schema } from './target-requirement-revised.v1';
import { TARGET_SET, targetSetV1Schema } from './target-set.v1';
import { WORK_EXPERIENCE_ADDED, workExperienceAddedV1Schema } from './work-experience-added.v1';
import { WORK_EXPERIENCE_REMOVED, workExperienceRemovedV1Schema } from './work-experience-removed.v1';

export * from './profile-fields.v1';
export * from './history-fields.v1';
export * from './skills-profile-opened.v1';
export * from './skill-added.v1';
export * from './skill-revised.v1';
export * from './skill-removed.v1';
export * from './work-experience-added.v1';
export * from './work-experience-removed.v1';
export * from './education-added.v1';
export * from './education-removed.v1';
export * from './licence-added.v1';
export * from './licence-removed.v1';
export * from './interest-inventory-recorded.v1';
export * from './target-set.v1';
export * from './target-removed.v1';
export * from './target-requirement-added.v1';
export * from './target-requirement-revised.v1';
export * from './target-requirement-removed.v1';
export * from './self-assessment-recorded.v1';
export * from './assessment-completed.v1';
export * from './profile-text-written.v1';
export * from './profile-text-removed.v1';

/**
 * Everything skills-assessment publishes on career.skills-assessment.events.v1: profile
 * changes without free text about the client (no evidence, no descriptions, no employers or
 * institutions). Document generation reads the full profile over the internal HTTP API.
 */
export const SKILLS_ASSESSMENT_SCHEMAS: readonly PublishedSchema[] = [
  { type: SKILLS_PROFILE_OPENED, version: 1, schema: skillsProfileOpenedV1Schema },
  { type: SKILL_ADDED, version: 1, schema: skillAddedV1Schema },
  { type: SKILL_REVISED, version: 1, schema: skillRevisedV1Schema },
  { type: SKILL_REMOVED, version: 1, schema: skillRemovedV1Schema },
  { type: WORK_EXPERIENCE_ADDED, version: 1, schema: workExperienceAddedV1Schema },
  { type: WORK_EXPERIENCE_REMOVED, version: 1, schema: workExperienceRemovedV1Schema },
  { type: EDUCATION_ADDED, version: 1, schema: educationAddedV1Schema },
  { type: EDUCATION_REMOVED, version: 1, schema: educationRemovedV1Schema },
  { type: LICENCE_ADDED, version: 1, schema: licenceAddedV1Schema },
  { type: LICENCE_REMOVED, version: 1, schema: licenceRemovedV1Schema },
  { type: INTEREST_INVENTORY_RECORDED, version: 1, schema: interestInventoryRecordedV1Schema },
  { type: TARGET_SET, version: 1, schema: targetSetV1Schema },
  { type: TARGET_REMOVED, version: 1, schema: targetRemovedV1Schema },
  { type: TARGET_REQUIREMENT_ADDED, version: 1, schema: targetRequirementAddedV1Schema },
  { type: TARGET_REQUIREMENT_REVISED, version: 1, schema: targetRequirementRevisedV1Schema },
  { type: TARGET_REQUIREMENT_REMOVED, version: 1, schema: targetRequirementRemovedV1Schema },
  { type: SELF_ASSESSMENT_RECORDED, version: 1, schema: selfAssessmentRecordedV1Schema },
  { type: ASSESSMENT_COMPLETED, version: 1, schema: assessmentCompletedV1Schema },
  { type: PROFILE_TEXT_WRITTEN, version: 1, schema: profileTextWrittenV1Schema },
  { type: PROFILE_TEXT_REMOVED, version: 1, schema: profileTextRemovedV1Schema },
];
