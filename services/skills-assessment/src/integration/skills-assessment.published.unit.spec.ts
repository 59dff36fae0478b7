import { validateIntegrationEvent } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { SKILLS_PROFILE_SCHEMA_VERSIONS, type SkillsProfileEvent } from '../skills-profile/skills-profile.events';
import { toIntegrationEvents } from './skills-assessment.integration-events';

const CLIENT_ID = '6f1c2b1e-5d3a-4c55-9a70-2f8f0e7d9b11';
const AT = '2026-03-10T09:00:00.000Z';
const by = { recordedBy: 'advisor' as const, recordedAt: AT };
// What the codec leaves in a stored event: ciphertext, never the text.
const ciphertext = { $enc: 'aes-256-gcm/v1', iv: 'aXY=', ct: 'Y3Q=', tag: 'dGFn' } as unknown as string;
const FORKLIFT_OPERATOR = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';
const TEAMWORK = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';
const skill = { skillId: 's1', label: 'Ruotsi', kind: 'language' as const, cefrLevel: 'A2' as const, proficiency: 2 as const, gainedIn: 'studies' as const, evidence: ciphertext };
const requirement = { requirementId: 'r1', label: 'tiimityö', escoUri: TEAMWORK, requiredProficiency: 2 as const };

/** One stored event of every type the skills profile has. */
const EVERY_EVENT: SkillsProfileEvent[] = [
  { type: 'ProfileOpened', data: { clientId: CLIENT_ID, organisation: 'KEHA-UUSIMAA', language: 'fi', openedAt: AT } },
  { type: 'SkillAdded', data: { ...skill, ...by } },
  { type: 'SkillRevised', data: { ...skill, proficiency: 3, ...by, changedFields: ['proficiency', 'evidence'] } },
  { type: 'SkillRemoved', data: { skillId: 's1', ...by } },
  { type: 'WorkExperienceAdded', data: { entryId: 'w1', title: 'Varastotyöntekijä', employer: 'Kuusiston Varasto Oy', startYear: 2019, description: ciphertext, ...by } },
  { type: 'WorkExperienceRemoved', data: { entryId: 'w1', ...by } },
  { type: 'EducationAdded', data: { entryId: 'e1', title: 'Logistiikan perustutkinto', institution: 'Oulun ammattiopisto', startYear: 2016, endYear: 2018, ...by } },
  { type: 'EducationRemoved', data: { entryId: 'e1', ...by } },
  { type: 'LicenceAdded', data: { licenceId: 'l1', code: 'hygiene-passport', name: 'Hygieniapassi', source: 'advisor', ...by } },
  { type: 'LicenceAdded', data: { licenceId: 'l2', code: 'forklift-licence', name: 'Trukkikortti', validUntil: '2031-01-31', source: 'scheduling', referralId: 'ref-1', recordedAt: AT } },
  { type: 'LicenceRemoved', data: { licenceId: 'l1', ...by } },
  { type: 'InterestInventoryRecorded', data: { inventoryVersion: 'riasec-v1', answers: { R1: 4 }, scores: { R: 24, I: 12, A: 0, S: 18, E: 12, C: 6 }, code: 'RSI', ...by } },
  { type: 'TargetSet', data: { targetId: 't1', target: { kind: 'occupation', label: 'Trukinkuljettaja', escoUri: FORKLIFT_OPERATOR }, requirements: [requirement], requirementsSource: 'curated', ...by } },
  { type: 'TargetSet', data: { targetId: 't2', target: { kind: 'studies', field: 'logistiikka', level: 3 }, requirements: [], requirementsSource: 'given', ...by } },
  { type: 'TargetSet', data: { targetId: 't3', target: { kind: 'entrepreneurship' }, requirements: [], requirementsSource: 'given', ...by } },
  { type: 'TargetRemoved', data: { targetId: 't3', ...by } },
  { type: 'RequirementAdded', data: { targetId: 't1', ...requirement, requirementId: 'r2', ...by } },
  { type: 'RequirementRevised', data: { targetId: 't1', ...requirement, requiredProficiency: 3, ...by, changedFields: ['requiredProficiency'] } },
  { type: 'RequirementRemoved', data: { targetId: 't1', requirementId: 'r2', ...by } },
  { type: 'SelfAssessmentRecorded', data: { phase: 'start', selfKnowledge: 2, identifyOwnSkills: 1, careerPlanningConfidence: 3, recordedBy: 'client', recordedAt: AT } },
  { type: 'AssessmentCompleted', data: by },
];

const stored = (event: SkillsProfileEvent, revision: number): RecordedEvent => ({
  type: event.type,
  data: event.data,
  streamId: `skillsProfile-${CLIENT_ID}`,
  revision,
  globalPosition: revision + 100,
  metadata: {
    eventId: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
    schemaVersion: 1,
    occurredAt: AT,
    correlationId: 'c',
    causationId: 'c',
    actor: { id: 'advisor-1', role: 'advisor' },
    organisation: 'KEHA-UUSIMAA',
    clientId: CLIENT_ID,
  },
});

describe('toIntegrationEvents', () => {
  const published = EVERY_EVENT.map((event, i) => ({ source: event, out: toIntegrationEvents(stored(event, i)) }));

  it('covers every event type of the profile', () => {
    expect(new Set(EVERY_EVENT.map((e) => e.type))).toEqual(new Set(Object.keys(SKILLS_PROFILE_SCHEMA_VERSIONS)));
  });

  it('publishes each change once, as a valid v1 contract with the CloudEvents envelope of the stored event', () => {
    for (const [i, { source, out }] of published.entries()) {
      expect(out).toHaveLength(1);
      const [event] = out;
      expect(validateIntegrationEvent(event.type, event.version, event.data)).toEqual({ valid: true, errors: [] });
      expect(event).toMatchObject({ source: '/career/skills-assessment', subject: CLIENT_ID, organisation: 'KEHA-UUSIMAA', time: AT });
      // The stored event's id: consumers drop duplicates by it after a relay restart.
      expect(event.id).toBe(stored(source, i).metadata.eventId);
    }
    // Domain names that would be ambiguous on a shared topic registry are qualified.
    const renamed = published.filter((p) => p.out[0].type !== p.source.type).map((p) => [p.source.type, p.out[0].type]);
    expect(renamed).toEqual([
      ['ProfileOpened', 'SkillsProfileOpened'],
      ['RequirementAdded', 'TargetRequirementAdded'],
      ['RequirementRevised', 'TargetRequirementRevised'],
      ['RequirementRemoved', 'TargetRequirementRemoved'],
    ]);
  });

  it('never carries evidence, descriptions, employers, institutions or inventory answers', () => {
    const text = JSON.stringify(published.map((p) => p.out));
    for (const personal of ['$enc', 'Kuusiston', 'Oulun ammattiopisto', '"answers":', '"scores":', '"evidence":', '"description":', '"employer":', '"institution":']) {
      expect(text).not.toContain(personal);
    }
    expect(published[1].out[0].data).toMatchObject({ label: 'Ruotsi', cefrLevel: 'A2', hasEvidence: true });
    expect(published[4].out[0].data).toMatchObject({ title: 'Varastotyöntekijä', startYear: 2019, hasDescription: true });
    expect(published[6].out[0].data).toMatchObject({ hasDescription: false, endYear: 2018 });
    // "evidence" is named as a changed field, its text is not there.
    expect(published[2].out[0].data).toMatchObject({ changedFields: ['proficiency', 'evidence'], proficiency: 3 });
  });

  it('says where a licence came from and publishes only the Holland code of the inventory', () => {
    expect(published[8].out[0].data).toMatchObject({ source: 'advisor', recordedBy: 'advisor' });
    expect(published[9].out[0].data).toMatchObject({ source: 'scheduling', referralId: 'ref-1', validUntil: '2031-01-31' });
    expect(published[9].out[0].data).not.toHaveProperty('recordedBy');
    expect(published[11].out[0].data).toEqual({ clientId: CLIENT_ID, organisation: 'KEHA-UUSIMAA', recordedBy: 'advisor', recordedAt: AT, inventoryVersion: 'riasec-v1', code: 'RSI' });
  });

  it('publishes nothing for a type it does not know', () => {
    expect(toIntegrationEvents(stored({ type: 'SomethingNew', data: {} } as unknown as SkillsProfileEvent, 99))).toEqual([]);
  });
});
