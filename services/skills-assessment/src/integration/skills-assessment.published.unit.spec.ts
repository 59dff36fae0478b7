import { validateIntegrationEvent } from '@career/contracts';
import { unproducedFields } from '@career/testing';
import { SKILLS_PROFILE_SCHEMA_VERSIONS, type SkillsProfileEvent } from '../skills-profile/domain/skills-profile.events';
import { EVERY_STORED_PROFILE_EVENT as EVERY_EVENT, SAMPLE_AT as AT, SAMPLE_CLIENT_ID as CLIENT_ID, storedProfileEvent as stored } from '../test-support/skills-profile.samples';
import { toIntegrationEvents } from './skills-assessment.published';

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

  it('publishes that the client wrote or removed their profile text, never the text', () => {
    const written = published.find((p) => p.source.type === 'ProfileTextWritten')!.out[0];
    expect(written).toMatchObject({ type: 'ProfileTextWritten', data: { clientId: CLIENT_ID, organisation: 'KEHA-UUSIMAA', recordedBy: 'client', recordedAt: AT } });
    expect(Object.keys(written.data as object).sort()).toEqual(['clientId', 'organisation', 'recordedAt', 'recordedBy']);
    expect(published.find((p) => p.source.type === 'ProfileTextRemoved')!.out[0]).toMatchObject({ type: 'ProfileTextRemoved', data: { recordedBy: 'client' } });
  });

  it('produces every field its contracts declare (a declared field nobody produces is a promise consumers cannot rely on)', () => {
    expect(unproducedFields('skills-assessment', published.flatMap((p) => p.out))).toEqual([]);
  });

  it('publishes nothing for a type it does not know', () => {
    expect(toIntegrationEvents(stored({ type: 'SomethingNew', data: {} } as unknown as SkillsProfileEvent, 99))).toEqual([]);
  });
});
