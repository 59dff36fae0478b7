import { randomUUID } from 'node:crypto';
import { SYSTEM_ACCESS } from '@career/event-sourcing';
import { startSkillsAssessment, type SkillsAssessmentTestApp } from '../../test-support/skills-assessment.test-app';

jest.setTimeout(60_000);

// The profile API of the service as main.ts boots it: the bound command side, If-Match and
// ETag by the platform's one rule, Idempotency-Key on creating POSTs, 404 for another
// organisation before any revision check, and a profile closed once the client's data is destroyed.
describe('the skills profile API', () => {
  let service: SkillsAssessmentTestApp;
  let advisor: string;
  let otherAdvisor: string;

  beforeAll(async () => {
    service = await startSkillsAssessment('profile-api', { CROSS_ORGANISATION_SERVICES: 'fund-audit' });
    advisor = await service.token('advisor');
    otherAdvisor = await service.token('advisor', 'OTHER-ORG');
  });
  afterAll(async () => service?.close());

  /** A profile as client-intake's registration opens it (the consumer's command, without Kafka). */
  async function openedProfile(): Promise<string> {
    const clientId = randomUUID();
    const now = new Date();
    await service.profiles.handle(
      clientId,
      { type: 'OpenProfile', data: { clientId, organisation: service.organisation, language: 'fi' }, metadata: { now } },
      { context: { actor: { id: 'test', role: 'system' }, organisation: service.organisation, correlationId: 'c', causationId: 'c', now }, access: SYSTEM_ACCESS },
    );
    return clientId;
  }
  const skill = (label: string) => ({ label, kind: 'skill', proficiency: 2, gainedIn: 'work', evidence: 'Kolme vuotta varastolla.' });

  it("shows the profile with its revision as ETag, and another organisation's or a missing one as 404", async () => {
    const clientId = await openedProfile();
    const own = await service.call('GET', `/api/v1/skills-profiles/${clientId}`, { token: advisor });
    expect(own.status).toBe(200);
    expect(own.headers.get('etag')).toBe('"0"');
    expect(own.json).toMatchObject({ clientId, organisation: service.organisation, revision: 0 });
    expect((await service.call('GET', `/api/v1/skills-profiles/${clientId}`, { token: otherAdvisor })).json).toMatchObject({ code: 'PROFILE.NOT_FOUND' });
    expect((await service.call('GET', `/api/v1/skills-profiles/${randomUUID()}`, { token: advisor })).status).toBe(404);
    const internal = await service.call('GET', `/internal/v1/skills-profiles/${clientId}`, { token: await service.token('service', service.organisation, 'document-generation') });
    expect([internal.status, internal.headers.get('etag')]).toEqual([200, '"0"']);
    const viewLog = await service.store.readStream(`skillsProfileView-${clientId}`);
    expect(viewLog.map((e) => (e.data as { purpose: string }).purpose)).toEqual(['guidance', 'document-generation']);
  });

  it("answers a service token of another organisation exactly like a missing profile, unless the service is configured as cross-organisation", async () => {
    const clientId = await openedProfile();
    const otherOrganisation = await service.token('service', 'OTHER-ORG', 'document-generation');
    const foreign = await service.call('GET', `/internal/v1/skills-profiles/${clientId}`, { token: otherOrganisation });
    const missing = await service.call('GET', `/internal/v1/skills-profiles/${randomUUID()}`, { token: otherOrganisation });
    expect([foreign.status, foreign.json.code, foreign.json.detail]).toEqual([404, missing.json.code, missing.json.detail]);
    expect(await service.store.readStream(`skillsProfileView-${clientId}`)).toEqual([]);
    // CROSS_ORGANISATION_SERVICES=fund-audit: that service identity reads every organisation's.
    const crossOrganisation = await service.call('GET', `/internal/v1/skills-profiles/${clientId}`, { token: await service.token('service', 'OTHER-ORG', 'fund-audit') });
    expect([crossOrganisation.status, crossOrganisation.json.organisation]).toEqual([200, service.organisation]);
  });

  it('refuses an impossible licence date as a 400 naming the field, and stores nothing', async () => {
    const clientId = await openedProfile();
    const refused = await service.call('POST', `/api/v1/skills-profiles/${clientId}/licences`, { token: advisor, body: { code: 'first-aid', name: 'EA1', validUntil: '2027-02-30' } });
    expect([refused.status, refused.json.errors]).toEqual([400, [{ field: 'validUntil', reason: 'must be a calendar date YYYY-MM-DD' }]]);
    expect((await service.store.readStream(`skillsProfile-${clientId}`)).map((e) => e.type)).toEqual(['ProfileOpened']);
  });

  it('creates nothing new when a POST is repeated with the same Idempotency-Key', async () => {
    const clientId = await openedProfile();
    const key = { 'Idempotency-Key': randomUUID() };
    const first = await service.call('POST', `/api/v1/skills-profiles/${clientId}/skills`, { token: advisor, body: skill('Tavaroiden vastaanotto'), headers: key });
    const again = await service.call('POST', `/api/v1/skills-profiles/${clientId}/skills`, { token: advisor, body: skill('Tavaroiden vastaanotto'), headers: key });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json.skill).toEqual(first.json.skill);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await service.store.readStream(`skillsProfile-${clientId}`)).map((e) => e.type)).toEqual(['ProfileOpened', 'SkillAdded']);
  });

  it('takes If-Match by the one rule: the ETag checks the revision, * any revision, anything else is 400', async () => {
    const clientId = await openedProfile();
    const path = `/api/v1/skills-profiles/${clientId}/skills`;
    const stale = await service.call('POST', path, { token: advisor, body: skill('Siivous'), headers: { 'If-Match': '"3"' } });
    expect(stale.status).toBe(412);
    const bare = await service.call('POST', path, { token: advisor, body: skill('Siivous'), headers: { 'If-Match': '0' } });
    expect(bare.status).toBe(400);
    expect(bare.json.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
    const any = await service.call('POST', path, { token: advisor, body: skill('Siivous'), headers: { 'If-Match': '*' } });
    expect([any.status, any.headers.get('etag')]).toEqual([201, '"1"']);
    const weak = await service.call('POST', path, { token: advisor, body: skill('Kassatyö'), headers: { 'If-Match': 'W/"1"' } });
    expect([weak.status, weak.headers.get('etag')]).toEqual([201, '"2"']);
    // Another organisation learns nothing from a revision: 404 before the check.
    const foreign = await service.call('POST', path, { token: otherAdvisor, body: skill('Siivous'), headers: { 'If-Match': '"9"' } });
    expect([foreign.status, foreign.json.code]).toEqual([404, 'PROFILE.NOT_FOUND']);
  });

  it("refuses every change once the client's personal data is destroyed", async () => {
    const clientId = await openedProfile();
    await service.keys.destroy(clientId);
    const licence = await service.call('POST', `/api/v1/skills-profiles/${clientId}/licences`, { token: advisor, body: { code: 'hygiene-passport', name: 'Hygieniapassi' } });
    expect([licence.status, licence.json.code]).toEqual([409, 'PROFILE.PERSONAL_DATA_DESTROYED']);
    const withEvidence = await service.call('POST', `/api/v1/skills-profiles/${clientId}/skills`, { token: advisor, body: skill('Siivous') });
    expect([withEvidence.status, withEvidence.json.code]).toEqual([409, 'PROFILE.PERSONAL_DATA_DESTROYED']);
  });
});
