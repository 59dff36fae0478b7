import { randomUUID } from 'node:crypto';
import { sourceOf, topicOf, type IntegrationEvent } from '@career/contracts';
import { createKafka, fromKafkaMessage } from '@career/messaging';
import { AppModule } from '../app.module';
import { ClientStory } from '../test-support/integration-events';
import { KAFKA_BROKERS } from '../test-support/infrastructure';
import { eventually, startOutcomesTestApp, type OutcomesTestApp } from '../test-support/outcomes-test-app';
import { twoProcessStory } from '../test-support/two-process-story';
import type { RebuildResult } from '../rebuild/rebuild.service';
import { ParticipantReadModels } from './read-models/participant-read-models';
import { ParticipantRowsReader } from './read-models/participant-rows.reader';
import { InMemoryParticipantStore } from '../test-support/in-memory-participant-store';

jest.setTimeout(300_000);

// The whole service in this process on the real servers: events go over the real Kafka topics
// to its consumer group, into FerretDB; outcomes are recorded over HTTP into SQLite.
describe('participant rows over Kafka and FerretDB, and the rebuild', () => {
  let t: OutcomesTestApp;
  let reader: ParticipantRowsReader;
  const stories: ClientStory[] = [];
  const published: IntegrationEvent[] = [];

  beforeAll(async () => {
    t = await startOutcomesTestApp('rows', AppModule);
    reader = t.app.get(ParticipantRowsReader);
    for (let i = 0; i < 3; i++) stories.push(new ClientStory(t.organisation));
  });
  afterAll(async () => {
    await t?.close();
  });

  const ourRows = async () => (await reader.rows({ organisation: t.organisation })).rows;
  const expectedRows = async (events: readonly IntegrationEvent[]) => {
    const store = new InMemoryParticipantStore();
    for (const event of events) await store.apply(event);
    return store.assemble().rows;
  };

  it('maps every event type, counts a redelivered event once, and ignores event types it does not read', async () => {
    for (const story of stories) {
      const byTopic = twoProcessStory(story);
      // An event type the rows do not read, in the middle of a topic: acknowledged, the rest flows.
      const unknown: IntegrationEvent = { ...byTopic.scheduling[0], id: randomUUID(), type: 'SessionRoomBooked', data: { clientId: story.clientId }, source: sourceOf('scheduling') };
      const events = [...byTopic['client-intake'], ...byTopic.scheduling.slice(0, 3), unknown, ...byTopic.scheduling.slice(3), ...byTopic['skills-assessment'], ...byTopic['document-generation']];
      // Every event twice (a relay that lost its checkpoint resends): same ids.
      await t.publish([...events, ...events]);
      published.push(...events);
    }
    const expected = await expectedRows(published);
    expect(expected).toHaveLength(6);
    const rows = await eventually(async () => {
      const current = await ourRows();
      return JSON.stringify(current) === JSON.stringify(expected) ? current : undefined;
      // A new consumer group reads the shared topics' whole history first (other runs' too).
    }, 120_000, 'the participant rows of all events');
    expect(rows).toEqual(expected);
    expect(rows.find((r) => r.processId === stories[0].processId(1))).toMatchObject({ meetingsHeld: 3, meetingsMissed: 1, documents: { cv: 1, application: 1 }, licencesEarned: [{ code: 'forklift-licence' }] });
  });

  it('adds the outcome recorded over HTTP to the row and publishes it as categories only', async () => {
    const advisor = await t.token('advisor');
    const story = stories[0];
    const response = await t.api('POST', '/api/v1/outcomes', {
      token: advisor,
      body: {
        kind: 'exit',
        clientId: story.clientId,
        processNumber: 1,
        exitDate: '2026-06-30',
        outcome: { status: 'self-employed', businessId: '1572860-0', startDate: '2026-07-15' },
        source: 'client',
      },
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ processId: story.processId(1), processNumber: 1, recorded: ['ExitOutcomeRecorded'], revision: 0 });
    expect(response.headers.get('etag')).toBe('"0"');
    const row = await eventually(async () => (await ourRows()).find((r) => r.processId === story.processId(1) && r.exitOutcome), 15_000, 'the exit outcome in the row');
    expect(row.exitOutcome).toEqual({ outcome: { status: 'self-employed', startDate: '2026-07-15' }, source: 'client', exitDate: '2026-06-30' });
    expect(row.labourMarketEvents).toEqual([{ key: 'exit', date: '2026-07-15', status: 'self-employed', sequence: 0 }]);

    const kafka = createKafka({ brokers: KAFKA_BROKERS, clientId: `rows-reader-${randomUUID()}` });
    const consumer = kafka.consumer({ groupId: `rows-reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicOf('outcomes-reporting'), fromBeginning: true });
    const ours: { raw: string; event: IntegrationEvent }[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.key?.toString() === story.clientId) ours.push({ raw: `${message.value?.toString()}`, event: fromKafkaMessage(message) });
      },
    });
    await eventually(async () => (ours.length > 0 ? true : undefined), 20_000, 'OutcomeRecorded on Kafka');
    await consumer.disconnect();
    expect(ours[0].event).toMatchObject({ type: 'OutcomeRecorded', version: 1, subject: story.clientId, organisation: t.organisation });
    expect(ours[0].event.data).toMatchObject({ processId: story.processId(1), exitDate: '2026-06-30', status: 'self-employed', startDate: '2026-07-15', correction: false });
    expect(ours[0].raw).not.toContain('1572860');
  });

  it("shows an organisation's figures to its own reporter and administrator, and to others only with the cross-organisation grant", async () => {
    const participantsOf = async (token: string) =>
      ((await t.api('GET', '/api/v1/reports/participants', { token })).json.byOrganisation as { organisation: string }[]).map((row) => row.organisation);
    const stranger = `${t.organisation}-OTHER`;
    expect(await participantsOf(await t.token('admin'))).toEqual([t.organisation]);
    expect(await participantsOf(await t.token('admin', stranger))).not.toContain(t.organisation);
    expect(await participantsOf(await t.token('reporter', stranger))).not.toContain(t.organisation);
    for (const role of ['admin', 'reporter'] as const) {
      const other = await t.api('GET', `/api/v1/reports/indicators?org=${t.organisation}`, { token: await t.token(role, stranger) });
      expect(other.status).toBe(403);
      const file = await t.api('GET', `/api/v1/reports/process-metrics?org=${t.organisation}&format=csv`, { token: await t.token(role, stranger) });
      expect(file.status).toBe(403);
    }
    // The Fund evaluator: a reporter whose token has the cross-organisation grant.
    const evaluator = await t.token('reporter', 'FUND', 'fund-evaluator', { crossOrganisation: true });
    expect(await participantsOf(evaluator)).toContain(t.organisation);
    const theirs = await t.api('GET', `/api/v1/reports/indicators?org=${t.organisation}`, { token: evaluator });
    const own = await t.api('GET', '/api/v1/reports/indicators', { token: await t.token('reporter') });
    expect(theirs.status).toBe(200);
    expect(theirs.json).toEqual(own.json);
  });

  it('rebuilds into fresh collections with identical figures, and keeps feeding the new ones live', async () => {
    const models = t.app.get(ParticipantReadModels);
    const before = await ourRows();
    const previous = (await models.active()).generation;

    const refused = await t.api('POST', '/api/v1/reports/rebuild', { token: await t.token('reporter') });
    expect(refused.status).toBe(403);
    // The read model is every organisation's: an organisation's own administrator may not rebuild it.
    const ownAdmin = await t.api('POST', `/api/v1/reports/rebuild?org=${t.organisation}`, { token: await t.token('admin') });
    expect(ownAdmin.status).toBe(403);
    const operator = await t.token('admin', 'OPERATIONS', 'operator-1', { crossOrganisation: true });
    // The topics are shared with other runs: the checksums are taken of this test's organisation.
    const response = await t.api('POST', `/api/v1/reports/rebuild?org=${t.organisation}`, { token: operator });
    expect(response.status).toBe(200);
    const result = response.json as unknown as RebuildResult;
    expect(result.identical).toBe(true);
    expect(result.before.rows).toBe(6);
    expect(result.after).toEqual(result.before);
    expect(result.generation.previous).toBe(previous);
    expect(result.generation.current).not.toBe(previous);
    expect(result.replayed.kafkaEvents).toBeGreaterThanOrEqual(published.length);
    expect(result.replayed.outcomeEvents).toBe(1);
    expect((await models.active()).generation).toBe(result.generation.current);
    expect(await ourRows()).toEqual(before);
    // The live outcome rows run on as the one registered subscriber of that name (readiness, operators).
    const subscribers = await t.api('GET', '/api/v1/admin/subscribers', { token: await t.token('admin') });
    const names = (subscribers.json.subscribers as { name: string; status: string }[]).map(({ name, status }) => ({ name, status }));
    expect(names).toEqual(
      expect.arrayContaining([
        { name: 'outcomes-reporting.outcome-rows', status: 'running' },
        { name: 'outcomes-reporting.relay', status: 'running' },
      ]),
    );
    expect(names.filter(({ name }) => name.startsWith('outcomes-reporting.outcome-rows'))).toHaveLength(1);

    // After the swap the live consumer and the outcome projection write into the new generation.
    const story = stories[1];
    await t.publish([story.meeting('held', 2, '2026-09-09T10:00:00.000Z')]);
    const confirm = await t.api('POST', '/api/v1/outcomes', {
      token: await t.token('advisor'),
      body: { kind: 'exit', clientId: story.clientId, processNumber: 1, exitDate: '2026-06-30', outcome: { status: 'job-searching' }, source: 'register' },
    });
    expect(confirm.status).toBe(201);
    await eventually(async () => {
      const rows = await ourRows();
      const second = rows.find((r) => r.processId === story.processId(2));
      const first = rows.find((r) => r.processId === story.processId(1));
      return second?.meetingsHeld === 2 && first?.exitOutcome ? true : undefined;
    }, 20_000, 'live updates in the new generation');
  });

  it("checks If-Match as every service does, answers another organisation's client like an unknown one, and lists categories only", async () => {
    const advisor = await t.token('advisor');
    const story = stories[2];
    const outcomes = (headers: Record<string, string>, body: object, token = advisor) => t.api('POST', '/api/v1/outcomes', { token, body, headers });
    const exit = { kind: 'exit', clientId: story.clientId, processNumber: 1, exitDate: '2026-06-30', outcome: { status: 'self-employed', businessId: '1572860-0' }, source: 'client' };

    const malformed = await outcomes({ 'If-Match': '0' }, exit);
    expect({ status: malformed.status, errors: malformed.json.errors }).toMatchObject({ status: 400, errors: [{ field: 'If-Match' }] });
    const stranger = await t.token('advisor', `${t.organisation}-OTHER`);
    const { processNumber: _first, ...latestProcess } = exit;
    for (const headers of [{}, { 'If-Match': '"7"' }] as Record<string, string>[]) {
      const refused = await outcomes(headers, latestProcess, stranger);
      expect({ status: refused.status, code: refused.json.code }).toEqual({ status: 404, code: 'OUTCOME.CLIENT_NOT_FOUND' });
      const numbered = await outcomes(headers, exit, stranger);
      expect({ status: numbered.status, code: numbered.json.code }).toEqual({ status: 404, code: 'OUTCOME.PROCESS_NOT_FOUND' });
    }

    const recorded = await outcomes({ 'If-Match': '*' }, exit);
    expect({ status: recorded.status, etag: recorded.headers.get('etag') }).toEqual({ status: 201, etag: '"0"' });
    const listed = await t.api('GET', `/api/v1/outcomes?clientId=${story.clientId}`, { token: advisor });
    expect(listed.json).toMatchObject({
      clientId: story.clientId,
      processes: [
        { processNumber: 1, revision: 0, exit: { exitDate: '2026-06-30', outcome: { status: 'self-employed' }, businessIdRecorded: true }, changes: [] },
        { processNumber: 2, revision: -1, changes: [] },
      ],
    });
    expect(JSON.stringify(listed.json)).not.toContain('1572860');
    expect((await t.api('GET', `/api/v1/outcomes?clientId=${story.clientId}`, { token: stranger })).status).toBe(404);

    const correction = { kind: 'exit-correction', clientId: story.clientId, processNumber: 1, exitDate: '2026-06-29', outcome: { status: 'job-searching' }, source: 'register', reason: 'entry-error' };
    const stale = await outcomes({ 'If-Match': '"5"' }, correction);
    expect({ status: stale.status, currentRevision: stale.json.currentRevision }).toEqual({ status: 412, currentRevision: 0 });
    const corrected = await outcomes({ 'If-Match': 'W/"0"' }, correction);
    expect({ status: corrected.status, etag: corrected.headers.get('etag') }).toEqual({ status: 201, etag: '"1"' });
    expect(corrected.json).toMatchObject({ processNumber: 1, recorded: ['ExitOutcomeCorrected'], revision: 1 });
  });
});
