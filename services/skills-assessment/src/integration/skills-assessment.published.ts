import {
  topicOf,
  type IntegrationEvent,
  type PublishedHistoryEntryV1,
  type PublishedSkillV1,
  type RecordedChangeV1,
  type RequirementV1,
  type SkillRevisedV1,
  type TargetV1,
} from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { publisherOf } from '@career/messaging';
import { SERVICE_NAME } from '../skills-assessment.config';
import type { EducationFields, Requirement, SkillFields, SkillsProfileEvent, TargetSpec, WorkExperienceFields } from '../skills-profile/domain/skills-profile.events';

export const SKILLS_ASSESSMENT_TOPIC = topicOf(SERVICE_NAME);

const publish = publisherOf('skills-assessment');

/**
 * What skills-assessment tells other services: every profile change, but never free text about
 * the client (docs/architecture.md#conventions, personal data). Evidence and descriptions
 * (encrypted in the store) are reduced to "there is some"; employers and institutions are left
 * out (with a title and years they can single a person out; document generation reads them over
 * the internal API). Fields are picked one by one, never spread from the domain event, so a new
 * domain field cannot leak by accident. Pure: works on the stored (still encrypted) event.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  // The relay reads this service's own skillsProfile streams: their events are the profile's.
  const event = { type: recorded.type, data: recorded.data } as SkillsProfileEvent;
  const base = { clientId: recorded.metadata.clientId, organisation: recorded.metadata.organisation };
  const change = (data: { recordedBy: RecordedChangeV1['recordedBy']; recordedAt: string }): RecordedChangeV1 => ({ ...base, recordedBy: data.recordedBy, recordedAt: data.recordedAt });

  switch (event.type) {
    case 'ProfileOpened':
      return [publish(recorded, { type: 'SkillsProfileOpened', version: 1, data: { ...base, language: event.data.language, openedAt: event.data.openedAt } })];
    case 'SkillAdded':
      return [publish(recorded, { type: 'SkillAdded', version: 1, data: { ...change(event.data), ...publishedSkill(event.data) } })];
    case 'SkillRevised':
      return [
        publish(recorded, {
          type: 'SkillRevised',
          version: 1,
          data: {
            ...change(event.data),
            ...publishedSkill(event.data),
            changedFields: event.data.changedFields.filter((f): f is SkillRevisedV1['changedFields'][number] => f !== 'skillId'),
          },
        }),
      ];
    case 'SkillRemoved':
      return [publish(recorded, { type: 'SkillRemoved', version: 1, data: { ...change(event.data), skillId: event.data.skillId } })];
    case 'WorkExperienceAdded':
      return [publish(recorded, { type: 'WorkExperienceAdded', version: 1, data: { ...change(event.data), ...publishedHistoryEntry(event.data) } })];
    case 'WorkExperienceRemoved':
      return [publish(recorded, { type: 'WorkExperienceRemoved', version: 1, data: { ...change(event.data), entryId: event.data.entryId } })];
    case 'EducationAdded':
      return [publish(recorded, { type: 'EducationAdded', version: 1, data: { ...change(event.data), ...publishedHistoryEntry(event.data) } })];
    case 'EducationRemoved':
      return [publish(recorded, { type: 'EducationRemoved', version: 1, data: { ...change(event.data), entryId: event.data.entryId } })];
    case 'LicenceAdded': {
      const { data } = event;
      return [
        publish(recorded, {
          type: 'LicenceAdded',
          version: 1,
          data: {
            ...base,
            licenceId: data.licenceId,
            code: data.code,
            licenceName: data.name,
            ...(data.validUntil !== undefined && { validUntil: data.validUntil }),
            source: data.source,
            ...(data.source === 'advisor' ? { recordedBy: data.recordedBy } : { referralId: data.referralId }),
            recordedAt: data.recordedAt,
          },
        }),
      ];
    }
    case 'LicenceRemoved':
      return [publish(recorded, { type: 'LicenceRemoved', version: 1, data: { ...change(event.data), licenceId: event.data.licenceId } })];
    case 'InterestInventoryRecorded':
      // The answers and per-type scores stay here; the code is what a CV and reporting use.
      return [
        publish(recorded, {
          type: 'InterestInventoryRecorded',
          version: 1,
          data: { ...change(event.data), inventoryVersion: event.data.inventoryVersion, code: event.data.code },
        }),
      ];
    case 'TargetSet':
      return [
        publish(recorded, {
          type: 'TargetSet',
          version: 1,
          data: {
            ...change(event.data),
            targetId: event.data.targetId,
            target: publishedTarget(event.data.target),
            requirements: event.data.requirements.map(publishedRequirement),
            requirementsSource: event.data.requirementsSource,
          },
        }),
      ];
    case 'TargetRemoved':
      return [publish(recorded, { type: 'TargetRemoved', version: 1, data: { ...change(event.data), targetId: event.data.targetId } })];
    case 'RequirementAdded':
      return [
        publish(recorded, {
          type: 'TargetRequirementAdded',
          version: 1,
          data: { ...change(event.data), targetId: event.data.targetId, ...publishedRequirement(event.data) },
        }),
      ];
    case 'RequirementRevised':
      return [
        publish(recorded, {
          type: 'TargetRequirementRevised',
          version: 1,
          data: {
            ...change(event.data),
            targetId: event.data.targetId,
            ...publishedRequirement(event.data),
            changedFields: event.data.changedFields.filter((f) => f !== 'requirementId'),
          },
        }),
      ];
    case 'RequirementRemoved':
      return [
        publish(recorded, {
          type: 'TargetRequirementRemoved',
          version: 1,
          data: { ...change(event.data), targetId: event.data.targetId, requirementId: event.data.requirementId },
        }),
      ];
    case 'SelfAssessmentRecorded': {
      const { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence } = event.data;
      return [
        publish(recorded, {
          type: 'SelfAssessmentRecorded',
          version: 1,
          data: { ...change(event.data), phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence },
        }),
      ];
    }
    case 'AssessmentCompleted':
      return [publish(recorded, { type: 'AssessmentCompleted', version: 1, data: change(event.data) })];
    // That the client wrote their profile text, who and when: never the text.
    case 'ProfileTextWritten':
      return [publish(recorded, { type: 'ProfileTextWritten', version: 1, data: change(event.data) })];
    case 'ProfileTextRemoved':
      return [publish(recorded, { type: 'ProfileTextRemoved', version: 1, data: change(event.data) })];
    default:
      // Every stored type is mapped above; anything else (a type from a newer version) is not ours to publish.
      return [];
  }
}

function publishedSkill(skill: SkillFields): PublishedSkillV1 {
  return {
    skillId: skill.skillId,
    label: skill.label,
    ...(skill.escoUri !== undefined && { escoUri: skill.escoUri }),
    kind: skill.kind,
    ...(skill.cefrLevel !== undefined && { cefrLevel: skill.cefrLevel }),
    proficiency: skill.proficiency,
    gainedIn: skill.gainedIn,
    hasEvidence: skill.evidence !== undefined,
  };
}

function publishedHistoryEntry(entry: WorkExperienceFields | EducationFields): PublishedHistoryEntryV1 {
  return {
    entryId: entry.entryId,
    title: entry.title,
    startYear: entry.startYear,
    ...(entry.endYear !== undefined && { endYear: entry.endYear }),
    hasDescription: entry.description !== undefined,
  };
}

function publishedTarget(target: TargetSpec): TargetV1 {
  switch (target.kind) {
    case 'occupation':
      return { kind: 'occupation', label: target.label, ...(target.escoUri !== undefined && { escoUri: target.escoUri }) };
    case 'studies':
      return { kind: 'studies', field: target.field, level: target.level };
    case 'entrepreneurship':
      return { kind: 'entrepreneurship', ...(target.businessArea !== undefined && { businessArea: target.businessArea }) };
  }
}

function publishedRequirement(requirement: Requirement): RequirementV1 {
  return {
    requirementId: requirement.requirementId,
    label: requirement.label,
    ...(requirement.escoUri !== undefined && { escoUri: requirement.escoUri }),
    requiredProficiency: requirement.requiredProficiency,
  };
}
