import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestContext } from '@career/auth';
import { DomainError, SYSTEM_ACCESS, WrongExpectedRevisionError } from '@career/event-sourcing';
import { SqliteEventStore } from '@career/event-store';
import { isErased, MongoDataKeyStore } from '@career/privacy';
import { dropTestDatabase, openTestDatabase } from '@career/testing';
import type { Connection } from 'mongoose';
import type { OpenSkillsProfile } from '../skills-profile/domain/skills-profile.state';
import { clientRegistered, FIXTURE_ORGANISATION as ORGANISATION, personalDataDestroyed, trainingCompleted } from '../test-support/consumed-events.fixtures';
import { skillsAssessmentOn } from '../test-support/skills-assessment.test-wiring';

// The consumers of client-intake and scheduling against the real stores: SQLite events, FerretDB
// data keys and parked trainings.
describe('the consumers of client-intake and scheduling', () => {
  let dir: string;
  let store: SqliteEventStore;
  let connection: Connection;
  let service: ReturnType<typeof skillsAssessmentOn>;

  beforeAll(async () => {
    connection = await openTestDatabase('skills_int');
    dir = mkdtempSync(path.join(os.tmpdir(), 'skills-consumer-'));
    store = new SqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    // Caching off: destroy() must be seen at once by the next read, as across processes after the TTL.
    const keys = new MongoDataKeyStore(connection, { version: 1, key: randomBytes(32) }, { cacheTtlMs: 0 });
    service = skillsAssessmentOn(store, connection, keys);
  }, 20_000);
  afterAll(async () => {
    await store?.close();
    if (connection) await dropTestDatabase(connection);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const streamOf = (clientId: string) => store.readStream(`skillsProfile-${clientId}`);
  const loadProfile = async (clientId: string) => (await service.profiles.load(clientId, SYSTEM_ACCESS)).state as OpenSkillsProfile;
  const staff = (organisation = ORGANISATION) =>
    ({ user: { id: 'advisor-1' }, actor: { id: 'advisor-1', role: 'advisor' }, organisation, correlationId: randomUUID(), causationId: randomUUID(), now: new Date() }) as RequestContext;
  /** An advisor's change as the controllers make it: the caller's organisation, If-Match, closed once destroyed. */
  const addSkill = (clientId: string, organisation = ORGANISATION, ifMatch?: string) =>
    service.profiles.handle(
      clientId,
      {
        type: 'AddSkill',
        data: { skillId: randomUUID(), label: `Trukin ajo ${randomUUID().slice(0, 4)}`, kind: 'skill', proficiency: 2, gainedIn: 'work', evidence: 'Kolme vuotta varastolla.' },
        metadata: { now: new Date(), recordedBy: 'advisor' },
      },
      service.requests.change(staff(organisation), ifMatch),
    );
  const addLicence = (clientId: string) =>
    service.profiles.handle(
      clientId,
      { type: 'AddLicence', data: { licenceId: randomUUID(), code: 'hygiene-passport', name: 'Hygieniapassi' }, metadata: { now: new Date(), recordedBy: 'advisor' } },
      service.requests.change(staff(), undefined),
    );
  const refusal = async (action: Promise<unknown>) => action.then(() => undefined, (error: unknown) => error);

  it('opens the profile in the preferred language, once however often the registration is delivered', async () => {
    const clientId = randomUUID();
    const registration = clientRegistered(clientId, 'sv');
    await service.deliver(registration);
    await service.deliver(registration);
    await service.deliver(clientRegistered(clientId, 'fi')); // a re-publication with another id: still one profile
    const stream = await streamOf(clientId);
    expect(stream.map((e) => e.type)).toEqual(['ProfileOpened']);
    expect(stream[0].metadata).toMatchObject({ clientId, organisation: ORGANISATION, actor: { id: 'skills-assessment', role: 'system' }, causationId: registration.event.id });
    expect(await loadProfile(clientId)).toMatchObject({ status: 'Open', language: 'sv', organisation: ORGANISATION });
  });

  it('adds a passed training licence once per referral, named in the profile language; a failed one adds nothing', async () => {
    const clientId = randomUUID();
    await service.deliver(clientRegistered(clientId, 'sv'));
    const referralId = randomUUID();
    const passed = trainingCompleted(clientId, referralId);
    await service.deliver(passed);
    await service.deliver(passed);
    await service.deliver(trainingCompleted(clientId, referralId)); // the same referral under another event id
    await service.deliver(trainingCompleted(clientId, randomUUID(), false));
    expect((await loadProfile(clientId)).licences).toEqual([
      expect.objectContaining({ licenceId: `training-${referralId}`, code: 'forklift-licence', name: 'Truckkort', validUntil: '2030-05-31', source: 'scheduling', referralId }),
    ]);
  });

  it('parks a training that arrives before the registration and applies it when the profile opens', async () => {
    const clientId = randomUUID();
    const referralId = randomUUID();
    const early = trainingCompleted(clientId, referralId);
    await service.deliver(early);
    await service.deliver(early); // redelivered while parked: still one
    expect(await streamOf(clientId)).toEqual([]);
    expect(await service.parked.countDocuments({ clientId })).toBe(1);

    await service.deliver(clientRegistered(clientId, 'en'));
    const stream = await streamOf(clientId);
    expect(stream.map((e) => e.type)).toEqual(['ProfileOpened', 'LicenceAdded']);
    expect(stream[1].metadata.causationId).toBe(early.event.id);
    expect((await loadProfile(clientId)).licences).toEqual([expect.objectContaining({ referralId, name: 'Forklift Licence' })]);
    expect(await service.parked.countDocuments({ clientId })).toBe(0);
  });

  it('destroys its key on PersonalDataDestroyed (all): evidence is erased and the profile is closed to every change', async () => {
    const clientId = randomUUID();
    await service.deliver(clientRegistered(clientId));
    await addSkill(clientId);
    await service.deliver(personalDataDestroyed(clientId, 'voluntary')); // holds no voluntary answers: nothing happens
    expect((await loadProfile(clientId)).skills[0].evidence).toBe('Kolme vuotta varastolla.');

    const destruction = personalDataDestroyed(clientId, 'all');
    await service.deliver(destruction);
    await service.deliver(destruction); // redelivered: still fine
    const profile = await loadProfile(clientId);
    expect(isErased(profile.skills[0].evidence)).toBe(true);
    expect(profile.skills[0].label).toMatch(/^Trukin ajo/); // a competence name, not erased

    const refused = await refusal(addSkill(clientId));
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'PROFILE.PERSONAL_DATA_DESTROYED' });
    // Also a change without any personal field: the record is closed, not only unreadable.
    expect(await refusal(addLicence(clientId))).toMatchObject({ code: 'PROFILE.PERSONAL_DATA_DESTROYED' });
    await service.deliver(trainingCompleted(clientId, randomUUID())); // acknowledged, nothing recorded or parked
    await service.deliver(clientRegistered(clientId)); // a late redelivery of the registration: acknowledged
    expect((await streamOf(clientId)).map((e) => e.type)).toEqual(['ProfileOpened', 'SkillAdded']);
    expect(await service.parked.countDocuments({ clientId })).toBe(0);
  });

  it('answers staff of another organisation as if the profile did not exist, also on a stale If-Match', async () => {
    const clientId = randomUUID();
    await service.deliver(clientRegistered(clientId));
    expect(await refusal(addSkill(clientId, 'OTHER-ORG'))).toMatchObject({ code: 'PROFILE.NOT_FOUND', kind: 'not-found' });
    expect(await refusal(addSkill(clientId, 'OTHER-ORG', '"7"'))).toMatchObject({ code: 'PROFILE.NOT_FOUND' });
    expect(await refusal(addSkill(clientId, ORGANISATION, '"7"'))).toBeInstanceOf(WrongExpectedRevisionError);
    expect((await addSkill(clientId, ORGANISATION, '"0"')).revision).toBe(1);
  });
});
