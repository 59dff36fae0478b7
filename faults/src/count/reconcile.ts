import { guidanceProcessIdOf } from '@career/contracts';
import { COMMAND_KINDS, commandIdOfRequest, type CommandRecord } from '../load/command-ledger';
import { STORED_EVENTS, topicOfService } from './expectations';
import type { ReadModelSnapshot } from './read-models';
import type { StoredEvent } from './store-reader';
import type { TappedMessage } from './topic-tap';

/** One effect that is missing, doubled or should not exist, with enough to find it. */
export interface Finding {
  where: string;
  what: string;
  id: string;
}

export interface ScenarioCount {
  sent: number;
  acknowledged: number;
  refused: number;
  /** Unknown to the client, found in the store exactly once. */
  unknownStored: number;
  /** Unknown to the client, not in the store. */
  unknownNotStored: number;
  /** An effect that should be there and is not. */
  lost: Finding[];
  /** An effect that is there more than once. */
  duplicated: Finding[];
  /** Something no command or fact explains (refused but stored, a message of no stored event, an unknown event type). */
  unexpected: Finding[];
  /** Extra copies of a message on a topic (at-least-once delivery), absorbed by the consumers. */
  kafkaCopies: number;
  /** Per topic: distinct ce_ids and messages. */
  topics: Record<string, { distinct: number; messages: number }>;
}

export interface ReconcileInput {
  commands: readonly CommandRecord[];
  stored: readonly StoredEvent[];
  /** The scenario organisation's messages, per topic. */
  topics: Record<string, readonly TappedMessage[]>;
  readModels: ReadModelSnapshot;
  /** ce_ids the suite itself put on a topic (the poison message): no stored event behind them. */
  injectedIds?: ReadonlySet<string>;
}

/**
 * The counts, from the store outwards: every acknowledged command left its event once; every
 * stored event that is published is on its topic; every fact a consumer acts on had its effect
 * once; every read model shows exactly what its stream or its facts say.
 */
export function reconcile(input: ReconcileInput): ScenarioCount {
  const count: ScenarioCount = { sent: input.commands.length, acknowledged: 0, refused: 0, unknownStored: 0, unknownNotStored: 0, lost: [], duplicated: [], unexpected: [], kafkaCopies: 0, topics: {} };
  const facts = new StoreFacts(input.stored);
  countCommands(input.commands, facts, count);
  classifyStored(facts, count);
  countConsumerEffects(facts, count);
  countTopics(facts, input.topics, input.injectedIds ?? new Set(), count);
  countReadModels(facts, input.readModels, count);
  return count;
}

/** The stored events indexed the ways the checks look them up. */
class StoreFacts {
  readonly byStream = new Map<string, StoredEvent[]>();
  readonly byCommand = new Map<string, StoredEvent[]>();
  readonly clients: string[] = [];

  constructor(readonly events: readonly StoredEvent[]) {
    for (const event of events) {
      push(this.byStream, event.streamId, event);
      const commandId = commandIdOfRequest(event.requestId);
      if (commandId) push(this.byCommand, commandId, event);
      if (event.type === 'ClientRegistered') this.clients.push(event.clientId);
    }
  }

  stream(streamId: string): StoredEvent[] {
    return this.byStream.get(streamId) ?? [];
  }

  ofType(streamId: string, type: string): StoredEvent[] {
    return this.stream(streamId).filter((event) => event.type === type);
  }

  lastRevision(streamId: string): number {
    return this.stream(streamId).reduce((max, event) => Math.max(max, event.revision), -1);
  }
}

function countCommands(commands: readonly CommandRecord[], facts: StoreFacts, count: ScenarioCount): void {
  const known = new Set<string>();
  for (const command of commands) {
    known.add(command.id);
    const expected = COMMAND_KINDS[command.kind].event;
    const stored = (facts.byCommand.get(command.id) ?? []).filter((event) => event.type === expected);
    const where = `${command.service} store`;
    if (stored.length > 1) count.duplicated.push({ where, what: `${expected} for one ${command.kind} command`, id: command.id });
    switch (command.outcome) {
      case 'acknowledged':
        count.acknowledged++;
        if (stored.length === 0) count.lost.push({ where, what: `acknowledged ${command.kind}, no ${expected}`, id: command.id });
        break;
      case 'refused':
        count.refused++;
        if (stored.length > 0) count.unexpected.push({ where, what: `refused ${command.kind} (${command.attempts.at(-1)?.status}) but stored`, id: command.id });
        break;
      default:
        if (stored.length === 0) count.unknownNotStored++;
        else count.unknownStored++;
    }
  }
  for (const [commandId, events] of facts.byCommand) {
    if (!known.has(commandId)) count.unexpected.push({ where: 'store', what: `${events[0].type} from a request no command sent`, id: commandId });
  }
}

function classifyStored(facts: StoreFacts, count: ScenarioCount): void {
  for (const event of facts.events) {
    if (!STORED_EVENTS[event.category]?.types[event.type]) {
      count.unexpected.push({ where: 'store', what: `event type ${event.category}/${event.type} the suite does not expect`, id: event.eventId });
    }
  }
}

/** What the consumers do with client-intake's and scheduling's facts, in their own stores. */
function countConsumerEffects(facts: StoreFacts, count: ScenarioCount): void {
  const once = (where: string, what: string, id: string, found: number) => {
    if (found === 0) count.lost.push({ where, what, id });
    if (found > 1) count.duplicated.push({ where, what, id });
  };
  // A reminder's stream, found by what its ReminderScheduled is about.
  const remindersAbout = (kind: string, key: 'meetingId' | 'processId', value: string) =>
    facts.events.filter((event) => {
      if (event.category !== 'reminder' || event.type !== 'ReminderScheduled') return false;
      const subject = event.data.subject as { kind?: string; meetingId?: string; processId?: string } | undefined;
      return subject?.kind === kind && subject[key] === value;
    });
  for (const clientId of facts.clients) {
    const processStream = `guidanceProcess-${guidanceProcessIdOf(clientId, 1)}`;
    once('scheduling store', 'ProcessOpened for ClientRegistered', clientId, facts.ofType(processStream, 'ProcessOpened').length);
    once('skills-assessment store', 'ProfileOpened for ClientRegistered', clientId, facts.ofType(`skillsProfile-${clientId}`, 'ProfileOpened').length);
    if (facts.ofType(`client-${clientId}`, 'ClientExited').length > 0 && facts.ofType(processStream, 'ProcessOpened').length > 0) {
      once('scheduling store', 'ProcessClosed for ClientExited', clientId, facts.ofType(processStream, 'ProcessClosed').length);
    }
    // scheduling's plan lifecycle: the plan opens and closes with its process.
    const planStream = `careerPlan-${guidanceProcessIdOf(clientId, 1)}`;
    if (facts.ofType(processStream, 'ProcessOpened').length > 0) once('scheduling store', 'CareerPlanStarted for ProcessOpened', clientId, facts.ofType(planStream, 'CareerPlanStarted').length);
    if (facts.ofType(processStream, 'ProcessClosed').length > 0) once('scheduling store', 'CareerPlanClosed for ProcessClosed', clientId, facts.ofType(planStream, 'CareerPlanClosed').length);
    // notifications: a reminder for each meeting booked ahead (cancelled with the meeting), a follow-up request for each exit.
    const cancelled = new Set(facts.ofType(processStream, 'MeetingCancelled').map((event) => event.data.meetingId as string));
    for (const meeting of facts.ofType(processStream, 'MeetingScheduled')) {
      if (Date.parse(meeting.data.start as string) <= Date.parse(meeting.occurredAt)) continue;
      const meetingId = meeting.data.meetingId as string;
      const planned = remindersAbout('meeting-reminder', 'meetingId', meetingId);
      once('notifications store', 'ReminderScheduled for MeetingScheduled', meeting.eventId, planned.length);
      if (cancelled.has(meetingId) && planned.length === 1) {
        once('notifications store', 'ReminderCancelled for MeetingCancelled', meetingId, facts.ofType(planned[0].streamId, 'ReminderCancelled').length);
      }
    }
    for (const exit of facts.ofType(`client-${clientId}`, 'ClientExited')) {
      const processId = guidanceProcessIdOf(clientId, exit.data.processNumber as number);
      once('notifications store', 'ReminderScheduled (follow-up request) for ClientExited', exit.eventId, remindersAbout('follow-up-request', 'processId', processId).length);
    }
  }
}

function countTopics(facts: StoreFacts, topics: ReconcileInput['topics'], injected: ReadonlySet<string>, count: ScenarioCount): void {
  const copies = new Map<string, Map<string, number>>();
  for (const [topic, messages] of Object.entries(topics)) {
    const perId = new Map<string, number>();
    for (const message of messages) if (message.ceId) perId.set(message.ceId, (perId.get(message.ceId) ?? 0) + 1);
    copies.set(topic, perId);
    count.topics[topic] = { distinct: perId.size, messages: messages.length };
  }
  const expected = new Map<string, Set<string>>();
  for (const event of facts.events) {
    const category = STORED_EVENTS[event.category];
    if (category?.types[event.type] !== 'published') continue;
    const topic = topicOfService(category.owner);
    if (!expected.has(topic)) expected.set(topic, new Set());
    expected.get(topic)!.add(event.eventId);
    const found = copies.get(topic)?.get(event.eventId) ?? 0;
    if (found === 0) count.lost.push({ where: topic, what: `${event.type} not published`, id: event.eventId });
    if (found > 1) count.kafkaCopies += found - 1;
  }
  for (const [topic, perId] of copies) {
    for (const ceId of perId.keys()) {
      if (injected.has(ceId)) continue;
      // A dead letter of a real event: some consumer gave up on it, so its effect is missing there.
      if (topic.endsWith('.dlq')) count.unexpected.push({ where: topic, what: 'a stored event dead-lettered', id: ceId });
      else if (!expected.get(topic)?.has(ceId)) count.unexpected.push({ where: topic, what: 'a message of no stored event', id: ceId });
    }
  }
}

type Doc = ReadModelSnapshot['clients'][number];

function countReadModels(facts: StoreFacts, models: ReadModelSnapshot, count: ScenarioCount): void {
  const byId = <T extends { _id: string }>(docs: readonly T[]) => new Map(docs.map((doc) => [doc._id, doc]));
  const clients = byId(models.clients);
  const processes = byId(models.processes);
  const agenda = byId(models.agenda);
  const known = byId(models.knownClients);
  const participantProcesses = byId(models.participantProcesses);
  const participantClients = byId(models.participantClients);
  const outcomeRows = byId(models.outcomeRows);
  const reminders = byId(models.reminders);
  const notificationClients = byId(models.notificationClients);
  const lost = (where: string, what: string, id: string) => count.lost.push({ where, what, id });
  const doubled = (where: string, what: string, id: string) => count.duplicated.push({ where, what, id });

  for (const clientId of facts.clients) {
    const clientStream = `client-${clientId}`;
    const processId = guidanceProcessIdOf(clientId, 1);
    const processStream = `guidanceProcess-${processId}`;
    const exited = facts.ofType(clientStream, 'ClientExited').length > 0;

    // client-intake `clients`: the row has applied every event of the stream.
    const row = clients.get(clientId);
    if (!row) lost('client-intake clients', 'row of a registered client', clientId);
    else if (row.revision !== facts.lastRevision(clientStream)) lost('client-intake clients', `row at revision ${String(row.revision)} of ${facts.lastRevision(clientStream)}`, clientId);

    // scheduling `known_clients`: every client-intake fact applied once, by event id.
    const published = facts.stream(clientStream).filter((event) => STORED_EVENTS.client.types[event.type] === 'published').map((event) => event.eventId);
    const appliedOnce = (where: string, doc: Doc | undefined, eventIds: readonly string[]) => {
      const applied = (doc?.appliedEventIds as string[] | undefined) ?? [];
      for (const eventId of eventIds) {
        const times = applied.filter((id) => id === eventId).length;
        if (times === 0) lost(where, 'client-intake fact not applied', eventId);
        if (times > 1) doubled(where, 'client-intake fact applied twice', eventId);
      }
    };
    appliedOnce('scheduling known_clients', known.get(clientId), published);
    // notifications `known_clients`: who the client's organisation and advisor are.
    const whoIs = facts.stream(clientStream).filter((event) => event.type === 'ClientRegistered' || event.type === 'AdvisorAssigned').map((event) => event.eventId);
    appliedOnce('notifications known_clients', notificationClients.get(clientId), whoIs);

    // scheduling `guidance_processes` and `agenda_meetings`: the stream, exactly.
    const opened = facts.ofType(processStream, 'ProcessOpened').length > 0;
    const process = processes.get(processId);
    if (opened && !process) lost('scheduling guidance_processes', 'row of an opened process', processId);
    if (process && process.revision !== facts.lastRevision(processStream)) lost('scheduling guidance_processes', `row at revision ${String(process.revision)} of ${facts.lastRevision(processStream)}`, processId);
    const scheduled = facts.ofType(processStream, 'MeetingScheduled').map((event) => event.data.meetingId as string);
    const inState = ((process?.state as { meetings?: Array<{ meetingId: string }> } | undefined)?.meetings ?? []).map((m) => m.meetingId);
    if (process && process.revision === facts.lastRevision(processStream)) {
      if (inState.length > scheduled.length) doubled('scheduling guidance_processes', `${inState.length} meetings for ${scheduled.length} scheduled`, processId);
    }
    for (const meetingId of scheduled) if (!agenda.has(meetingId)) lost('scheduling agenda_meetings', 'row of a scheduled meeting', meetingId);

    // document-generation: one stored file per recorded version.
    const documents = facts.events.filter((event) => event.type === 'DocumentGenerated' && event.clientId === clientId);
    const files = models.documentFiles.filter((file) => file.metadata?.clientId === clientId).length;
    if (files < documents.length) lost('document-generation documents.files', `${files} files for ${documents.length} versions`, clientId);
    if (files > documents.length) doubled('document-generation documents.files', `${files} files for ${documents.length} versions`, clientId);

    // outcomes-reporting participant rows: each fact once, keyed by what it records.
    const participant = participantProcesses.get(processId);
    const needs: Array<[string, boolean]> = [
      ['registration', true],
      ['exit', exited],
      ['opened', opened],
      ['closed', facts.ofType(processStream, 'ProcessClosed').length > 0],
    ];
    for (const [field, expected] of needs) {
      if (expected && participant?.[field] === undefined) lost('outcomes-reporting participant_processes', `${field} fact missing`, processId);
    }
    const participantClient = participantClients.get(clientId);
    const advisorFacts = facts.ofType(clientStream, 'AdvisorAssigned').map((event) => event.eventId);
    const advisors = Object.keys((participantClient?.advisors as Record<string, unknown> | undefined) ?? {});
    for (const eventId of advisorFacts) if (!advisors.includes(eventId)) lost('outcomes-reporting participant_clients', 'AdvisorAssigned fact missing', eventId);
    if (advisors.length > advisorFacts.length) doubled('outcomes-reporting participant_clients', `${advisors.length} advisor facts for ${advisorFacts.length}`, clientId);
    const documentKeys = Object.keys((participantClient?.documents as Record<string, unknown> | undefined) ?? {});
    if (documentKeys.length < documents.length) lost('outcomes-reporting participant_clients', `${documentKeys.length} document facts for ${documents.length}`, clientId);
    if (documentKeys.length > documents.length) doubled('outcomes-reporting participant_clients', `${documentKeys.length} document facts for ${documents.length}`, clientId);

    // outcomes-reporting `outcome_rows`: its own streams, through its projection.
    const outcomeStream = `outcome-${processId}`;
    const outcomeRevision = facts.lastRevision(outcomeStream);
    const outcomeRow = outcomeRows.get(processId);
    if (outcomeRevision >= 0 && outcomeRow?.revision !== outcomeRevision) lost('outcomes-reporting outcome_rows', `row at revision ${String(outcomeRow?.revision)} of ${outcomeRevision}`, processId);
  }

  // notifications `reminders`: one row per reminder stream, at its last revision.
  for (const streamId of new Set(facts.events.filter((event) => event.category === 'reminder').map((event) => event.streamId))) {
    const reminderId = streamId.slice('reminder-'.length);
    const row = reminders.get(reminderId);
    if (row?.revision !== facts.lastRevision(streamId)) lost('notifications reminders', `row at revision ${String(row?.revision)} of ${facts.lastRevision(streamId)}`, reminderId);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
