import { guidanceProcessIdOf } from '@career/contracts';
import type { CommandRecord } from '../load/command-ledger';
import type { ReadModelSnapshot } from './read-models';
import { reconcile, type ReconcileInput } from './reconcile';
import type { StoredEvent } from './store-reader';
import type { TappedMessage } from './topic-tap';

// The counting must be able to fail: each check is shown finding what it is there to find.

const clientId = '0b6c3c52-1d1e-4c4e-9a8e-6f1d2a3b4c5d';
const processId = guidanceProcessIdOf(clientId, 1);
let position = 0;

function stored(streamId: string, revision: number, type: string, extra: Partial<StoredEvent> = {}): StoredEvent {
  position++;
  return {
    position,
    streamId,
    category: streamId.slice(0, streamId.indexOf('-')),
    revision,
    eventId: `event-${position}`,
    type,
    clientId,
    occurredAt: '2027-03-01T10:00:00.000Z',
    data: {},
    ...extra,
  };
}

const register: CommandRecord = {
  id: 'command-1',
  kind: 'register',
  service: 'client-intake',
  outcome: 'acknowledged',
  attempts: [{ requestId: 'command-1.1', instance: 'client-intake', startedAt: 0, endedAt: 1, status: 201 }],
};

/** A registration with every effect it should have, once: the healthy count. */
function world(): ReconcileInput {
  position = 0;
  const events = [
    stored(`client-${clientId}`, 0, 'ClientRegistered', { requestId: 'command-1.1' }),
    stored(`client-${clientId}`, 1, 'AdvisorAssigned', { requestId: 'command-1.1' }),
    stored(`guidanceProcess-${processId}`, 0, 'ProcessOpened'),
    stored(`careerPlan-${processId}`, 0, 'CareerPlanStarted'),
    stored(`skillsProfile-${clientId}`, 0, 'ProfileOpened'),
  ];
  const onTopic = (event: StoredEvent, topic: string, offset: number): TappedMessage => ({ topic, partition: 0, offset: String(offset), ceId: event.eventId, headers: {} });
  const readModels: ReadModelSnapshot = {
    clients: [{ _id: clientId, revision: 1 }],
    processes: [{ _id: processId, revision: 0 }],
    agenda: [],
    knownClients: [{ _id: clientId, appliedEventIds: [events[0].eventId, events[1].eventId] }],
    documentFiles: [],
    participantProcesses: [{ _id: processId, registration: {}, opened: {} }],
    participantClients: [{ _id: clientId, advisors: { [events[1].eventId]: {} } }],
    outcomeRows: [],
    reminders: [],
    notificationClients: [{ _id: clientId, appliedEventIds: [events[0].eventId, events[1].eventId] }],
  };
  return {
    commands: [register],
    stored: events,
    topics: {
      'career.client-intake.events.v1': [onTopic(events[0], 'career.client-intake.events.v1', 0), onTopic(events[1], 'career.client-intake.events.v1', 1)],
      'career.scheduling.events.v1': [onTopic(events[2], 'career.scheduling.events.v1', 0)],
      'career.skills-assessment.events.v1': [onTopic(events[4], 'career.skills-assessment.events.v1', 0)],
    },
    readModels,
  };
}

describe('reconcile: the counts of one scenario', () => {
  it('finds nothing when every effect is there once', () => {
    const count = reconcile(world());
    expect({ lost: count.lost, duplicated: count.duplicated, unexpected: count.unexpected }).toEqual({ lost: [], duplicated: [], unexpected: [] });
    expect(count).toMatchObject({ sent: 1, acknowledged: 1, kafkaCopies: 0 });
  });

  it('counts an acknowledged command whose event is not in the store as lost', () => {
    const input = world();
    input.stored = input.stored.filter((event) => event.type !== 'ClientRegistered');
    expect(reconcile(input).lost).toContainEqual({ where: 'client-intake store', what: 'acknowledged register, no ClientRegistered', id: 'command-1' });
  });

  it('counts a stored event missing from its topic, and a read model row behind its stream, as lost', () => {
    const input = world();
    input.topics['career.client-intake.events.v1'] = input.topics['career.client-intake.events.v1'].slice(0, 1);
    input.readModels.clients = [{ _id: clientId, revision: 0 }];
    const { lost } = reconcile(input);
    expect(lost).toContainEqual({ where: 'career.client-intake.events.v1', what: 'AdvisorAssigned not published', id: 'event-2' });
    expect(lost).toContainEqual({ where: 'client-intake clients', what: 'row at revision 0 of 1', id: clientId });
  });

  it('counts a consumer effect missing or applied twice', () => {
    const input = world();
    input.stored = input.stored.filter((event) => event.type !== 'ProfileOpened');
    input.readModels.knownClients = [{ _id: clientId, appliedEventIds: ['event-1', 'event-1', 'event-2'] }];
    const count = reconcile(input);
    expect(count.lost).toContainEqual({ where: 'skills-assessment store', what: 'ProfileOpened for ClientRegistered', id: clientId });
    expect(count.duplicated).toContainEqual({ where: 'scheduling known_clients', what: 'client-intake fact applied twice', id: 'event-1' });
  });

  it('counts one command stored twice as duplicated, a copy on Kafka as absorbed, a message of no stored event as unexpected', () => {
    const input = world();
    input.stored = [...input.stored, stored(`client-${clientId}`, 2, 'ClientRegistered', { requestId: 'command-1.2' })];
    const topic = 'career.client-intake.events.v1';
    input.topics[topic] = [...input.topics[topic], { ...input.topics[topic][0], offset: '7' }, { topic, partition: 0, offset: '8', ceId: 'nobody', headers: {} }];
    const count = reconcile(input);
    expect(count.duplicated).toContainEqual({ where: 'client-intake store', what: 'ClientRegistered for one register command', id: 'command-1' });
    expect(count.kafkaCopies).toBe(1);
    expect(count.unexpected).toContainEqual({ where: topic, what: 'a message of no stored event', id: 'nobody' });
  });

  it('counts an event type nobody told it about as unexpected: the table must grow with the journeys', () => {
    const input = world();
    input.stored = [...input.stored, stored(`client-${clientId}`, 2, 'ClientTeleported')];
    expect(reconcile(input).unexpected).toContainEqual({ where: 'store', what: 'event type client/ClientTeleported the suite does not expect', id: 'event-6' });
  });
});
