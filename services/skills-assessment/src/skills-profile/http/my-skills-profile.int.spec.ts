import { randomUUID } from 'node:crypto';
import { SYSTEM_ACCESS } from '@career/event-sourcing';
import { identityCode } from '@career/testing';
import { RIASEC_ITEMS } from '../../interest-inventory/domain/riasec-items';
import { startSkillsAssessment, type SkillsAssessmentTestApp } from '../../test-support/skills-assessment.test-app';

jest.setTimeout(60_000);

// The client's own skills profile over HTTP, as main.ts boots the service: the person (a
// `client` token) is resolved to their own record (a stand-in for client-intake's resolve API)
// and reads and changes that profile only, every change recorded as theirs.
describe('/api/v1/me/skills-profile: the client’s own profile', () => {
  let service: SkillsAssessmentTestApp;
  let mine: string;
  let theirs: string;
  let me: string;
  let them: string;
  const TEXT = 'Olen tarkka ja oppivainen varastotyöntekijä, joka viihtyy tiimissä.';

  async function openedProfile(code: string): Promise<string> {
    const clientId = randomUUID();
    const now = new Date();
    await service.profiles.handle(
      clientId,
      { type: 'OpenProfile', data: { clientId, organisation: service.organisation, language: 'fi' }, metadata: { now } },
      { context: { actor: { id: 'test', role: 'system' }, organisation: service.organisation, correlationId: 'c', causationId: 'c', now }, access: SYSTEM_ACCESS },
    );
    service.people.register(service.organisation, code, clientId);
    return clientId;
  }

  beforeAll(async () => {
    service = await startSkillsAssessment('my-profile');
    mine = await openedProfile(identityCode(641));
    theirs = await openedProfile(identityCode(642));
    me = await service.clientToken(identityCode(641));
    them = await service.clientToken(identityCode(642));
  });
  afterAll(async () => service?.close());

  const call = (method: string, path: string, body?: unknown, token = me, headers?: Record<string, string>) =>
    service.call(method, `/api/v1/me/skills-profile${path}`, { token, body, headers });
  const stream = (clientId: string) => service.store.readStream(`skillsProfile-${clientId}`);

  it('shows the person their own profile with its revision as ETag, and records no view of their own', async () => {
    const own = await call('GET', '');
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ clientId: mine, revision: 0, profileText: null });
    expect(own.headers.get('etag')).toBe('"0"');
    expect(await service.store.readStream(`skillsProfileView-${mine}`)).toEqual([]);
  });

  it('adds and revises their skills as the client (recordedBy client, actor client), evidence encrypted at rest', async () => {
    const added = await call('POST', '/skills', { label: 'Trukin ajo', kind: 'skill', proficiency: 2, gainedIn: 'work', evidence: 'Ajoin trukkia kolme vuotta.' });
    expect(added.status).toBe(201);
    expect(added.json.skill).toMatchObject({ label: 'Trukin ajo', recordedBy: 'client', evidence: 'Ajoin trukkia kolme vuotta.' });
    const skillId = (added.json.skill as { skillId: string }).skillId;
    const revised = await call('PATCH', `/skills/${skillId}`, { proficiency: 3 }, me, { 'If-Match': added.headers.get('etag')! });
    expect(revised.status).toBe(200);
    expect(revised.json.skill).toMatchObject({ proficiency: 3, recordedBy: 'client' });
    const events = await stream(mine);
    expect(events.slice(1).map((e) => [e.type, (e.data as { recordedBy: string }).recordedBy, e.metadata.actor.role])).toEqual([
      ['SkillAdded', 'client', 'client'],
      ['SkillRevised', 'client', 'client'],
    ]);
    expect(JSON.stringify(events)).not.toContain('Ajoin trukkia');
  });

  it('refuses a body that names who recorded it (always the client here) and bad input, naming the field', async () => {
    const named = await call('POST', '/skills', { label: 'Siivous', kind: 'skill', proficiency: 2, gainedIn: 'work', recordedBy: 'advisor' });
    expect(named.status).toBe(400);
    expect((named.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['recordedBy']);
    const long = await call('PUT', '/profile-text', { text: 'x'.repeat(701) });
    expect(long.status).toBe(400);
    expect((long.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['text']);
    expect(long.text).not.toContain('xxxxxxxxxx');
  });

  it('answers the interest inventory and the start self-assessment', async () => {
    const answers = Object.fromEntries(RIASEC_ITEMS.map((item) => [item.id, item.type === 'S' ? 4 : item.type === 'E' ? 3 : item.type === 'C' ? 2 : 0]));
    const inventory = await call('POST', '/interest-inventory', { answers });
    expect(inventory.status).toBe(201);
    expect(inventory.json.interestInventory).toMatchObject({ code: 'SEC' });
    const rated = await call('POST', '/self-assessments', { phase: 'start', selfKnowledge: 2, identifyOwnSkills: 2, careerPlanningConfidence: 1 });
    expect(rated.status).toBe(201);
    expect(rated.json.selfAssessments).toEqual([expect.objectContaining({ phase: 'start', recordedBy: 'client' })]);
    const again = await call('POST', '/self-assessments', { phase: 'start', selfKnowledge: 3, identifyOwnSkills: 3, careerPlanningConfidence: 3 });
    expect([again.status, again.json.code]).toEqual([409, 'PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED']);
  });

  it('writes the profile text in their own words: encrypted at rest, in the internal profile document generation reads', async () => {
    const written = await call('PUT', '/profile-text', { text: TEXT });
    expect(written.status).toBe(200);
    expect(written.json.profileText).toMatchObject({ text: TEXT, recordedBy: 'client' });
    const unchanged = await call('PUT', '/profile-text', { text: TEXT });
    expect(unchanged.headers.get('etag')).toBe(written.headers.get('etag'));
    expect(JSON.stringify(await stream(mine))).not.toContain('tarkka ja oppivainen');
    const internal = await service.call('GET', `/internal/v1/skills-profiles/${mine}`, { token: await service.token('service') });
    expect(internal.json.profileText).toMatchObject({ text: TEXT, recordedBy: 'client' });
  });

  it('never reaches another person’s profile: their skill ids are 404 like missing ones, staff routes 403', async () => {
    const theirSkill = await call('POST', '/skills', { label: 'Kassatyö', kind: 'skill', proficiency: 2, gainedIn: 'work' }, them);
    const theirSkillId = (theirSkill.json.skill as { skillId: string }).skillId;
    const before = (await stream(theirs)).length;
    const poke = await call('PATCH', `/skills/${theirSkillId}`, { proficiency: 4 });
    expect([poke.status, poke.json.code]).toEqual([404, 'PROFILE.SKILL_NOT_FOUND']);
    const missing = await call('PATCH', `/skills/${randomUUID()}`, { proficiency: 4 });
    expect([missing.status, missing.json.code]).toEqual([404, 'PROFILE.SKILL_NOT_FOUND']);
    expect((await stream(theirs)).length).toBe(before);
    expect((await call('GET', '', undefined, them)).json).toMatchObject({ clientId: theirs, profileText: null });
    expect((await service.call('GET', `/api/v1/skills-profiles/${theirs}`, { token: me })).status).toBe(403);
    expect((await service.call('GET', `/internal/v1/skills-profiles/${theirs}`, { token: me })).status).toBe(403);
    expect((await call('GET', '', undefined, await service.clientToken(identityCode(643)))).status).toBe(404);
    expect((await call('GET', '', undefined, await service.token('advisor'))).status).toBe(403);
  });

  it('removes the profile text (the CV goes back to the generated sentence)', async () => {
    const removed = await call('DELETE', '/profile-text');
    expect(removed.status).toBe(204);
    expect((await call('GET', '')).json.profileText).toBeNull();
  });
});
