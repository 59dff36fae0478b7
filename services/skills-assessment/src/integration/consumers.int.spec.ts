import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exampleClientRegisteredV1, sourceOf, type IntegrationEvent, type PersonalDataDestroyedV1 } from '@career/contracts';
import { DomainError, WrongExpectedRevisionError, type CommandContext } from '@career/event-sourcing';
import { SqliteEventStore } from '@career/event-store';
import { isErased, MongoDataKeyStore, PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { oneKeyPerClient } from '@career/event-sourcing';
import { openTestDatabase } from '@career/testing';
import type { Connection, Model } from 'mongoose';
import pino from 'pino';
import { ProfileCommand } from '../skills-profile/commands/profile-command';
import { ProfileCommandHandler } from '../skills-profile/commands/profile-command.handler';
import { loadSkillsProfile } from '../skills-profile/queries/load-skills-profile';
import { PERSONAL_FIELDS, skillsProfileStreamId, type SkillsProfileEvent } from '../skills-profile/skills-profile.events';
import type { OpenSkillsProfile } from '../skills-profile/skills-profile.state';
import { ConsumedEventsHandler } from './consumed-events.handler';
import { parkedTrainingLicenceModel, type ParkedTrainingLicence } from './parked-training-licences';

const ORGANISATION = 'KEHA-UUSIMAA';

const envelope = (type: string, clientId: string, data: unknown, source = 'client-intake'): IntegrationEvent => ({
  id: randomUUID(),
  type,
  version: 1,
  source: sourceOf(source),
  subject: clientId,
  time: new Date().toISOString(),
  organisation: ORGANISATION,
  data,
});

const registered = (clientId: string, language: 'fi' | 'sv' | 'en' = 'sv') =>
  envelope('ClientRegistered', clientId, exampleClientRegisteredV1(clientId, { organisation: ORGANISATION, preferredLanguage: language }));
const destroyed = (clientId: string, scope: PersonalDataDestroyedV1['scope']) =>
  envelope('PersonalDataDestroyed', clientId, { clientId, organisation: ORGANISATION, scope, reason: 'retention-ended', destroyedAt: new Date().toISOString() });
const trainingCompleted = (clientId: string, referralId: string, passed = true) =>
  envelope(
    'TrainingCompleted',
    clientId,
    { processId: randomUUID(), clientId, organisation: ORGANISATION, referralId, licenceCode: 'forklift-licence', passed, validUntil: '2030-05-31', completedAt: new Date().toISOString() },
    'scheduling',
  );

// The consumer's handler against the real stores: SQLite events, FerretDB data keys.
describe('ConsumedEventsHandler', () => {
  let dir: string;
  let store: SqliteEventStore;
  let connection: Connection;
  let profiles: ProfileCommandHandler;
  let handler: ConsumedEventsHandler;
  let parked: Model<ParkedTrainingLicence>;
  let loadProfile: (clientId: string) => Promise<OpenSkillsProfile>;

  beforeAll(async () => {
    connection = await openTestDatabase('skills_int');
    dir = mkdtempSync(path.join(os.tmpdir(), 'skills-consumer-'));
    store = new SqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    // Caching off: destroy() must be seen at once by the next read, as across processes after the TTL.
    const keys = new MongoDataKeyStore(connection, { version: 1, key: randomBytes(32) }, { cacheTtlMs: 0 });
    const codec = personalDataCodec<SkillsProfileEvent>(new PersonalDataCipher(keys), oneKeyPerClient(PERSONAL_FIELDS));
    profiles = new ProfileCommandHandler(store, codec, keys);
    parked = parkedTrainingLicenceModel(connection);
    handler = new ConsumedEventsHandler(profiles, store, codec, keys, parked, pino({ level: 'silent' }));
    loadProfile = async (clientId) => (await loadSkillsProfile(store, codec, clientId)).state as OpenSkillsProfile;
  }, 20_000);
  afterAll(async () => {
    await store?.close();
    await connection?.dropDatabase();
    await connection?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const staffContext = (clientId: string, organisation = ORGANISATION): CommandContext => ({
    actor: { id: 'advisor-1', role: 'advisor' },
    organisation,
    clientId,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    now: new Date(),
  });
  const addSkill = (clientId: string, organisation = ORGANISATION, expectedRevision?: number) =>
    profiles.execute(
      new ProfileCommand(
        clientId,
        {
          type: 'AddSkill',
          data: { skillId: randomUUID(), label: `Trukin ajo ${randomUUID().slice(0, 4)}`, kind: 'skill', proficiency: 2, gainedIn: 'work', evidence: 'Kolme vuotta varastolla.' },
          metadata: { now: new Date(), recordedBy: 'advisor' },
        },
        staffContext(clientId, organisation),
        { staffOrganisation: organisation, expectedRevision },
      ),
    );
  const refusal = async (action: Promise<unknown>) => action.then(() => undefined, (error: unknown) => error);

  it('opens the profile in the preferred language, once however often the registration is delivered', async () => {
    const clientId = randomUUID();
    const event = registered(clientId, 'sv');
    await handler.handle(event);
    await handler.handle(event);
    await handler.handle(registered(clientId, 'fi')); // a re-publication with another id: still one profile
    const stream = await store.readStream(skillsProfileStreamId(clientId));
    expect(stream.map((e) => e.type)).toEqual(['ProfileOpened']);
    expect(stream[0].metadata).toMatchObject({ clientId, organisation: ORGANISATION, actor: { id: 'skills-assessment', role: 'system' }, causationId: event.id });
    expect(await loadProfile(clientId)).toMatchObject({ status: 'Open', language: 'sv', organisation: ORGANISATION });
  });

  it('adds a passed training licence once per referral, named in the profile language; a failed one adds nothing', async () => {
    const clientId = randomUUID();
    await handler.handle(registered(clientId, 'sv'));
    const referralId = randomUUID();
    const passed = trainingCompleted(clientId, referralId);
    await handler.handle(passed);
    await handler.handle(passed);
    await handler.handle(trainingCompleted(clientId, referralId)); // the same referral under another event id
    await handler.handle(trainingCompleted(clientId, randomUUID(), false));
    expect((await loadProfile(clientId)).licences).toEqual([
      expect.objectContaining({ licenceId: `training-${referralId}`, code: 'forklift-licence', name: 'Truckkort', validUntil: '2030-05-31', source: 'scheduling', referralId }),
    ]);
  });

  it('parks a training that arrives before the registration and applies it when the profile opens', async () => {
    const clientId = randomUUID();
    const referralId = randomUUID();
    const early = trainingCompleted(clientId, referralId);
    await handler.handle(early);
    await handler.handle(early); // redelivered while parked: still one
    expect(await store.readStream(skillsProfileStreamId(clientId))).toEqual([]);
    expect(await parked.countDocuments({ clientId })).toBe(1);

    await handler.handle(registered(clientId, 'en'));
    const stream = await store.readStream(skillsProfileStreamId(clientId));
    expect(stream.map((e) => e.type)).toEqual(['ProfileOpened', 'LicenceAdded']);
    expect(stream[1].metadata.causationId).toBe(early.id);
    expect((await loadProfile(clientId)).licences).toEqual([expect.objectContaining({ referralId, name: 'Forklift Licence' })]);
    expect(await parked.countDocuments({ clientId })).toBe(0);
  });

  it('destroys its key on PersonalDataDestroyed (all): evidence is erased and the profile is closed', async () => {
    const clientId = randomUUID();
    await handler.handle(registered(clientId));
    await addSkill(clientId);
    await handler.handle(destroyed(clientId, 'voluntary')); // holds no voluntary answers: nothing happens
    expect((await loadProfile(clientId)).skills[0].evidence).toBe('Kolme vuotta varastolla.');

    const destruction = destroyed(clientId, 'all');
    await handler.handle(destruction);
    await handler.handle(destruction); // redelivered: still fine
    const profile = await loadProfile(clientId);
    expect(isErased(profile.skills[0].evidence)).toBe(true);
    expect(profile.skills[0].label).toMatch(/^Trukin ajo/); // a competence name, not erased

    const refused = await refusal(addSkill(clientId));
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'PROFILE.PERSONAL_DATA_DESTROYED' });
    await handler.handle(trainingCompleted(clientId, randomUUID())); // acknowledged, nothing recorded or parked
    expect((await store.readStream(skillsProfileStreamId(clientId))).map((e) => e.type)).toEqual(['ProfileOpened', 'SkillAdded']);
    expect(await parked.countDocuments({ clientId })).toBe(0);
  });

  it('answers staff of another organisation as if the profile did not exist, also on a stale If-Match', async () => {
    const clientId = randomUUID();
    await handler.handle(registered(clientId));
    expect(await refusal(addSkill(clientId, 'OTHER-ORG'))).toMatchObject({ code: 'PROFILE.NOT_FOUND', kind: 'not-found' });
    expect(await refusal(addSkill(clientId, 'OTHER-ORG', 7))).toMatchObject({ code: 'PROFILE.NOT_FOUND' });
    expect(await refusal(addSkill(clientId, ORGANISATION, 7))).toBeInstanceOf(WrongExpectedRevisionError);
    expect((await addSkill(clientId, ORGANISATION, 0)).revision).toBe(1);
  });
});
