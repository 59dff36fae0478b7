import type { RecordedEvent } from '@career/event-sourcing';
import type { SkillsProfileEvent } from '../skills-profile/domain/skills-profile.events';

export const SAMPLE_CLIENT_ID = '6f1c2b1e-5d3a-4c55-9a70-2f8f0e7d9b11';
export const SAMPLE_ORGANISATION = 'KEHA-UUSIMAA';
export const SAMPLE_AT = '2026-03-10T09:00:00.000Z';

const by = { recordedBy: 'advisor' as const, recordedAt: SAMPLE_AT };
/** What the codec leaves in a stored event in place of a personal text: ciphertext, never the text. */
const ciphertext = { $enc: 'aes-256-gcm/v1', iv: 'aXY=', ct: 'Y3Q=', tag: 'dGFn' } as unknown as string;

const FORKLIFT_OPERATOR = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';
const TEAMWORK = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';
const skill = { skillId: 's1', label: 'Ruotsi', kind: 'language' as const, cefrLevel: 'A2' as const, proficiency: 2 as const, gainedIn: 'studies' as const, evidence: ciphertext };
const requirement = { requirementId: 'r1', label: 'tiimityö', escoUri: TEAMWORK, requiredProficiency: 2 as const };

/**
 * One stored event of every type the skills profile has, as the decider writes them and the
 * codec stores them (evidence and descriptions encrypted), with every optional field somewhere.
 * The publishing tests refer to some by index.
 */
export const EVERY_STORED_PROFILE_EVENT: SkillsProfileEvent[] = [
  { type: 'ProfileOpened', data: { clientId: SAMPLE_CLIENT_ID, organisation: SAMPLE_ORGANISATION, language: 'fi', openedAt: SAMPLE_AT } },
  { type: 'SkillAdded', data: { ...skill, ...by } },
  { type: 'SkillRevised', data: { ...skill, proficiency: 3, ...by, changedFields: ['proficiency', 'evidence'] } },
  { type: 'SkillRemoved', data: { skillId: 's1', ...by } },
  { type: 'WorkExperienceAdded', data: { entryId: 'w1', title: 'Varastotyöntekijä', employer: 'Kuusiston Varasto Oy', startYear: 2019, description: ciphertext, ...by } },
  { type: 'WorkExperienceRemoved', data: { entryId: 'w1', ...by } },
  { type: 'EducationAdded', data: { entryId: 'e1', title: 'Logistiikan perustutkinto', institution: 'Oulun ammattiopisto', startYear: 2016, endYear: 2018, ...by } },
  { type: 'EducationRemoved', data: { entryId: 'e1', ...by } },
  { type: 'LicenceAdded', data: { licenceId: 'l1', code: 'hygiene-passport', name: 'Hygieniapassi', source: 'advisor', ...by } },
  { type: 'LicenceAdded', data: { licenceId: 'l2', code: 'forklift-licence', name: 'Trukkikortti', validUntil: '2031-01-31', source: 'scheduling', referralId: 'ref-1', recordedAt: SAMPLE_AT } },
  { type: 'LicenceRemoved', data: { licenceId: 'l1', ...by } },
  { type: 'InterestInventoryRecorded', data: { inventoryVersion: 'riasec-v1', answers: { R1: 4 }, scores: { R: 24, I: 12, A: 0, S: 18, E: 12, C: 6 }, code: 'RSI', ...by } },
  { type: 'TargetSet', data: { targetId: 't1', target: { kind: 'occupation', label: 'Trukinkuljettaja', escoUri: FORKLIFT_OPERATOR }, requirements: [requirement], requirementsSource: 'curated', ...by } },
  { type: 'TargetSet', data: { targetId: 't2', target: { kind: 'studies', field: 'logistiikka', level: 3 }, requirements: [], requirementsSource: 'given', ...by } },
  { type: 'TargetSet', data: { targetId: 't3', target: { kind: 'entrepreneurship' }, requirements: [], requirementsSource: 'given', ...by } },
  { type: 'TargetRemoved', data: { targetId: 't3', ...by } },
  { type: 'RequirementAdded', data: { targetId: 't1', ...requirement, requirementId: 'r2', ...by } },
  { type: 'RequirementRevised', data: { targetId: 't1', ...requirement, requiredProficiency: 3, ...by, changedFields: ['requiredProficiency'] } },
  { type: 'RequirementRemoved', data: { targetId: 't1', requirementId: 'r2', ...by } },
  { type: 'SelfAssessmentRecorded', data: { phase: 'start', selfKnowledge: 2, identifyOwnSkills: 1, careerPlanningConfidence: 3, recordedBy: 'client', recordedAt: SAMPLE_AT } },
  { type: 'AssessmentCompleted', data: by },
  // The optional fields the ones above leave out.
  { type: 'SkillAdded', data: { skillId: 's2', label: 'Tiimityö', escoUri: TEAMWORK, kind: 'transversal', proficiency: 3, gainedIn: 'work', ...by } },
  { type: 'SkillRevised', data: { skillId: 's2', label: 'Tiimityö', escoUri: TEAMWORK, kind: 'transversal', proficiency: 4, gainedIn: 'work', ...by, changedFields: ['proficiency'] } },
  { type: 'WorkExperienceAdded', data: { entryId: 'w2', title: 'Kesätyöntekijä', employer: 'Kaupunki', startYear: 2017, endYear: 2017, ...by } },
  { type: 'TargetSet', data: { targetId: 't4', target: { kind: 'entrepreneurship', businessArea: 'kuljetuspalvelut' }, requirements: [], requirementsSource: 'given', ...by } },
  { type: 'ProfileTextWritten', data: { text: ciphertext, recordedBy: 'client', recordedAt: SAMPLE_AT } },
  { type: 'ProfileTextRemoved', data: { recordedBy: 'client', recordedAt: SAMPLE_AT } },
];

/** A profile event as the store returns it, at `revision` of the sample client's stream. */
export function storedProfileEvent(event: SkillsProfileEvent, revision: number): RecordedEvent {
  return {
    type: event.type,
    data: event.data,
    streamId: `skillsProfile-${SAMPLE_CLIENT_ID}`,
    revision,
    globalPosition: revision + 100,
    metadata: {
      eventId: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
      schemaVersion: 1,
      occurredAt: SAMPLE_AT,
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: SAMPLE_ORGANISATION,
      clientId: SAMPLE_CLIENT_ID,
    },
  };
}
