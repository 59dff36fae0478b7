import {
  topicOf,
  type AssessmentCompletedV1,
  type EducationAddedV1,
  type IntegrationEvent,
  type InterestInventoryRecordedV1,
  type LicenceAddedV1,
  type PublishedHistoryEntryV1,
  type PublishedSkillV1,
  type RecordedChangeV1,
  type SelfAssessmentRecordedV1,
  type SkillAddedV1,
  type SkillRevisedV1,
  type SkillsProfileOpenedV1,
  type TargetSetV1,
  type TargetV1,
  type WorkExperienceAddedV1,
} from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { integrationEnvelopeOf } from '@career/messaging';
import type { EducationFields, Requirement, SkillFields, SkillsProfileEvent, TargetSpec, WorkExperienceFields } from '../skills-profile/skills-profile.events';

export const SERVICE_NAME = 'skills-assessment';
export const SKILLS_ASSESSMENT_TOPIC = topicOf(SERVICE_NAME);

/**
 * What skills-assessment tells other services: every profile change, but never free text about
 * the client. Evidence and descriptions (encrypted in the store) are reduced to "there is some";
 * employers and institutions are left out (with a title and years they can single a person out;
 * document generation reads them over the internal API). Fields are picked one by one, never
 * spread from the domain event, so a new domain field cannot leak by accident. Pure: works on
 * the stored (still encrypted) event.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  const event = { type: recorded.type, data: recorded.data } as SkillsProfileEvent;
  const { metadata } = recorded;
  const base = { clientId: metadata.clientId, organisation: metadata.organisation };
  const publish = <Data>(type: string, data: Data): IntegrationEvent[] => [
    { ...integrationEnvelopeOf(recorded, SERVICE_NAME), type, version: 1, data },
  ];
  const change = (data: { recordedBy: RecordedChangeV1['recordedBy']; recordedAt: string }): RecordedChangeV1 => ({ ...base, recordedBy: data.recordedBy, recordedAt: data.recordedAt });

  switch (event.type) {
    case 'ProfileOpened':
      return publish<SkillsProfileOpenedV1>('SkillsProfileOpened', { ...base, language: event.data.language, openedAt: event.data.openedAt });
    case 'SkillAdded':
      return publish<SkillAddedV1>('SkillAdded', { ...change(event.data), ...publishedSkill(event.data) });
    case 'SkillRevised':
      return publish<SkillRevisedV1>('SkillRevised', {
        ...change(event.data),
        ...publishedSkill(event.data),
        changedFields: event.data.changedFields.filter((f): f is SkillRevisedV1['changedFields'][number] => f !== 'skillId'),
      });
    case 'SkillRemoved':
      return publish('SkillRemoved', { ...change(event.data), skillId: event.data.skillId });
    case 'WorkExperienceAdded':
      return publish<WorkExperienceAddedV1>('WorkExperienceAdded', { ...change(event.data), ...publishedHistoryEntry(event.data) });
    case 'WorkExperienceRemoved':
      return publish('WorkExperienceRemoved', { ...change(event.data), entryId: event.data.entryId });
    case 'EducationAdded':
      return publish<EducationAddedV1>('EducationAdded', { ...change(event.data), ...publishedHistoryEntry(event.data) });
    case 'EducationRemoved':
      return publish('EducationRemoved', { ...change(event.data), entryId: event.data.entryId });
    case 'LicenceAdded': {
      const { data } = event;
      return publish<LicenceAddedV1>('LicenceAdded', {
        ...base,
        licenceId: data.licenceId,
        code: data.code,
        licenceName: data.name,
        ...(data.validUntil !== undefined && { validUntil: data.validUntil }),
        source: data.source,
        ...(data.source === 'advisor' ? { recordedBy: data.recordedBy } : { referralId: data.referralId }),
        recordedAt: data.recordedAt,
      });
    }
    case 'LicenceRemoved':
      return publish('LicenceRemoved', { ...change(event.data), licenceId: event.data.licenceId });
    case 'InterestInventoryRecorded':
      // The answers and per-type scores stay here; the code is what a CV and reporting use.
      return publish<InterestInventoryRecordedV1>('InterestInventoryRecorded', {
        ...change(event.data),
        inventoryVersion: event.data.inventoryVersion,
        code: event.data.code,
      });
    case 'TargetSet':
      return publish<TargetSetV1>('TargetSet', {
        ...change(event.data),
        targetId: event.data.targetId,
        target: publishedTarget(event.data.target),
        requirements: event.data.requirements.map(publishedRequirement),
        requirementsSource: event.data.requirementsSource,
      });
    case 'TargetRemoved':
      return publish('TargetRemoved', { ...change(event.data), targetId: event.data.targetId });
    case 'RequirementAdded':
      return publish('TargetRequirementAdded', { ...change(event.data), targetId: event.data.targetId, ...publishedRequirement(event.data) });
    case 'RequirementRevised':
      return publish('TargetRequirementRevised', {
        ...change(event.data),
        targetId: event.data.targetId,
        ...publishedRequirement(event.data),
        changedFields: event.data.changedFields.filter((f) => f !== 'requirementId'),
      });
    case 'RequirementRemoved':
      return publish('TargetRequirementRemoved', { ...change(event.data), targetId: event.data.targetId, requirementId: event.data.requirementId });
    case 'SelfAssessmentRecorded': {
      const { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence } = event.data;
      return publish<SelfAssessmentRecordedV1>('SelfAssessmentRecorded', { ...change(event.data), phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence });
    }
    case 'AssessmentCompleted':
      return publish<AssessmentCompletedV1>('AssessmentCompleted', change(event.data));
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

function publishedRequirement(requirement: Requirement): Requirement {
  return {
    requirementId: requirement.requirementId,
    label: requirement.label,
    ...(requirement.escoUri !== undefined && { escoUri: requirement.escoUri }),
    requiredProficiency: requirement.requiredProficiency,
  };
}
