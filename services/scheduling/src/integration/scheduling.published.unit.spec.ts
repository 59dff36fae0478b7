import { randomUUID } from 'node:crypto';
import { validateIntegrationEvent, type IntegrationEvent } from '@career/contracts';
import { fold, type Decider, type DomainEvent, type RecordedEvent } from '@career/event-sourcing';
import { unproducedFields } from '@career/testing';
import type { CareerPlanCommand } from '../career-plan/domain/career-plan.commands';
import { careerPlanDecider } from '../career-plan/domain/career-plan.decider';
import type { CareerPlanEvent } from '../career-plan/domain/career-plan.events';
import type { GroupSessionCommand } from '../group-session/domain/group-session.commands';
import { groupSessionDecider } from '../group-session/domain/group-session.decider';
import type { GroupSessionEvent } from '../group-session/domain/group-session.events';
import type { GuidanceProcessCommand } from '../guidance-process/domain/guidance-process.commands';
import { guidanceProcessDecider } from '../guidance-process/domain/guidance-process.decider';
import type { GuidanceProcessEvent } from '../guidance-process/domain/guidance-process.events';
import { toIntegrationEvents } from './scheduling.published';

const CLIENT = '0b0f6f4c-5f3e-4a7d-9a43-1d2c3b4a5f60';
const PROCESS = '6d3c1b2a-9e8f-5a7b-8c6d-5e4f3a2b1c0d';
const SESSION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const MEETING = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const REFERRAL = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
const OTHER_CLIENT = '3e4f5a6b-7c8d-4e9f-8a0b-2c3d4e5f6a7b';
const GOAL = '4f5a6b7c-8d9e-4f0a-9b1c-3d4e5f6a7b8c';
const STEP = '5a6b7c8d-9e0f-4a1b-8c2d-4e5f6a7b8c9d';

/** What a personal field looks like in the store: ciphertext, which must never be published either. */
const cipher = { $enc: 'aes-256-gcm/v1', iv: 'aXY=', ct: 'c2VjcmV0', tag: 'dGFn' };

let position = 0;
function recorded(streamId: string, event: GuidanceProcessEvent | GroupSessionEvent | CareerPlanEvent, clientId = CLIENT): RecordedEvent {
  position++;
  return {
    ...event,
    streamId,
    revision: position,
    globalPosition: position,
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: '2026-03-03T08:00:00.000Z',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'KEHA-01',
      clientId,
    },
  };
}

const at = '2026-03-03T08:00:00.000Z';
const processEvents = [
  { type: 'ProcessOpened', data: { processId: PROCESS, clientId: CLIENT, advisorId: 'advisor-1', organisation: 'KEHA-01', openedAt: at } },
  {
    type: 'MeetingScheduled',
    data: { meetingId: MEETING, advisorId: 'advisor-1', phase: 'follow-up', start: at, durationMinutes: 60, mode: 'in-person', location: cipher, extra: true, extraReason: cipher, scheduledAt: at },
  },
  { type: 'MeetingMoved', data: { meetingId: MEETING, from: { start: at, durationMinutes: 60 }, to: { start: '2026-03-04T08:00:00.000Z', durationMinutes: 45 }, movedBy: 'client', reason: cipher, movedAt: at } },
  { type: 'MeetingCancelled', data: { meetingId: MEETING, cancelledBy: 'advisor', reason: cipher, cancelledAt: at } },
  { type: 'MeetingHeld', data: { meetingId: MEETING, notes: cipher, recordedAt: at } },
  { type: 'MeetingNoShowRecorded', data: { meetingId: MEETING, recordedAt: at } },
  { type: 'InitialAssessmentCompleted', data: { direction: 'licence-training', licenceCodes: ['forklift-licence'], rationale: cipher, meetingsHeld: 3, completedAt: at } },
  { type: 'InitialAssessmentOverdue', data: { firstWeek: '2026-W10', overdueSince: '2026-04-05T21:00:00.000Z', meetingsHeld: 1, detectedAt: at } },
  { type: 'TrainingReferralMade', data: { referralId: REFERRAL, licenceCode: 'forklift-licence', provider: 'Koulutus Oy', referredAt: at } },
  { type: 'TrainingCompleted', data: { referralId: REFERRAL, licenceCode: 'forklift-licence', passed: true, licenceIdentifier: cipher, validUntil: '2031-03-02', completedAt: at } },
  { type: 'ProcessClosed', data: { reason: 'client-exited', note: cipher, closedAt: at } },
] as unknown as GuidanceProcessEvent[];

/** Personal fields as stored: ciphertext (`what`, `title`, `reason`, `notes`). */
const planEvents = [
  { type: 'CareerGoalSet', data: { goalId: GOAL, kind: 'employment', what: cipher, targetDate: '2026-09-30', version: 1, setAt: at } },
  { type: 'CareerGoalRevised', data: { goalId: GOAL, kind: 'study', what: cipher, targetDate: '2026-12-31', version: 1, revisedAt: at } },
  { type: 'CareerGoalAchieved', data: { goalId: GOAL, kind: 'study', targetDate: '2026-12-31', version: 2, achievedAt: at } },
  { type: 'CareerGoalDropped', data: { goalId: GOAL, kind: 'study', targetDate: '2026-12-31', reason: cipher, version: 2, droppedAt: at } },
  { type: 'CareerStepDone', data: { stepId: STEP, goalId: GOAL, owner: 'client', dueDate: '2026-04-15', doneBy: 'client', version: 1, doneAt: at } },
  { type: 'CareerStepDropped', data: { stepId: STEP, goalId: GOAL, owner: 'advisor', dueDate: '2026-04-15', reason: cipher, version: 1, droppedAt: at } },
  { type: 'CareerPlanAgreed', data: { version: 1, goalKinds: ['employment', 'study'], agreedAt: at } },
] as unknown as CareerPlanEvent[];

const sessionEvents: GroupSessionEvent[] = [
  { type: 'ParticipantEnrolled', data: { clientId: OTHER_CLIENT, fromWaitingList: true, enrolledAt: at } },
  { type: 'ParticipantWaitlisted', data: { clientId: OTHER_CLIENT, position: 2, waitlistedAt: at } },
  { type: 'ParticipantWithdrawn', data: { clientId: OTHER_CLIENT, from: 'roster', withdrawnBy: 'coordinator', withdrawnAt: at } },
  { type: 'AttendanceRecorded', data: { clientId: OTHER_CLIENT, attended: false, recordedAt: at } },
];

/** Payload keys that carry personal data in the domain events; `reason` only as a code (ProcessClosed). */
const PERSONAL_KEYS = ['notes', 'location', 'rationale', 'licenceIdentifier', 'provider', 'note', 'extraReason', 'what', 'title'];

function keysOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

describe('scheduling integration events', () => {
  it.each(processEvents.map((e) => [e.type, e] as const))('publishes %s valid against its contract, keyed by the client, with no personal field', (_type, event) => {
    const source = recorded(`guidanceProcess-${PROCESS}`, event);
    const published = toIntegrationEvents(source);
    expect(published).toHaveLength(1);
    const [message] = published;
    expect(validateIntegrationEvent(message.type, message.version, message.data)).toEqual({ valid: true, errors: [] });
    expect(message).toMatchObject({ id: source.metadata.eventId, subject: CLIENT, organisation: 'KEHA-01', source: '/career/scheduling' });
    expect(message.data).toMatchObject({ processId: PROCESS, clientId: CLIENT });
    const text = JSON.stringify(message);
    expect(keysOf(message.data).filter((key) => PERSONAL_KEYS.includes(key))).toEqual([]);
    expect(text).not.toContain('$enc');
    expect(text).not.toContain(cipher.ct);
    expect(text).not.toContain('Koulutus');
    if (message.type !== 'ProcessClosed') expect(keysOf(message.data)).not.toContain('reason');
  });

  it('publishes the no-show under the contract name MeetingNoShow and the follow-up due date with the completion', () => {
    const [noShow] = toIntegrationEvents(recorded(`guidanceProcess-${PROCESS}`, processEvents[5]));
    expect(noShow.type).toBe('MeetingNoShow');
    const [completed] = toIntegrationEvents(recorded(`guidanceProcess-${PROCESS}`, processEvents[6]));
    // 10:00 Helsinki on Tuesday 3 March: two weeks later is Tuesday 17 March.
    expect(completed.data).toMatchObject({ nextDueDate: '2026-03-17', licenceCodes: ['forklift-licence'] });
    const [credential] = toIntegrationEvents(recorded(`guidanceProcess-${PROCESS}`, processEvents[9]));
    expect(credential.data).toEqual({ processId: PROCESS, clientId: CLIENT, organisation: 'KEHA-01', referralId: REFERRAL, licenceCode: 'forklift-licence', passed: true, validUntil: '2031-03-02', completedAt: at });
  });

  it.each(planEvents.map((e) => [e.type, e] as const))('publishes the career plan’s %s valid against its contract, with kinds and dates only', (_type, event) => {
    const source = recorded(`careerPlan-${PROCESS}`, event);
    const [message, ...more] = toIntegrationEvents(source);
    expect(more).toEqual([]);
    expect(validateIntegrationEvent(message.type, message.version, message.data)).toEqual({ valid: true, errors: [] });
    expect(message).toMatchObject({ type: event.type, id: source.metadata.eventId, subject: CLIENT, organisation: 'KEHA-01' });
    expect(message.data).toMatchObject({ planId: PROCESS, processId: PROCESS, clientId: CLIENT, organisation: 'KEHA-01' });
    expect(keysOf(message.data).filter((key) => PERSONAL_KEYS.includes(key))).toEqual([]);
    expect(keysOf(message.data)).not.toContain('reason');
    expect(JSON.stringify(message)).not.toContain('$enc');
  });

  it('does not publish the plan’s start, one party’s confirmation, additions and revisions of steps, reviews or its closing', () => {
    const quiet = [
      { type: 'CareerPlanStarted', data: { planId: PROCESS, processId: PROCESS, clientId: CLIENT, organisation: 'KEHA-01', startedOn: '2026-03-03', startedAt: at } },
      { type: 'CareerStepAdded', data: { stepId: STEP, goalId: GOAL, title: cipher, owner: 'client', dueDate: '2026-04-15', addedBy: 'client', version: 1, addedAt: at } },
      { type: 'CareerStepRevised', data: { stepId: STEP, goalId: GOAL, title: cipher, owner: 'client', dueDate: '2026-04-15', version: 1, revisedAt: at } },
      { type: 'CareerPlanVersionConfirmed', data: { version: 1, by: 'client', confirmedAt: at } },
      { type: 'CareerPlanReviewed', data: { reviewId: STEP, meetingId: MEETING, progress: [], notes: cipher, reviewedAt: at } },
      { type: 'CareerPlanClosed', data: { closedAt: at } },
    ] as unknown as CareerPlanEvent[];
    for (const event of quiet) expect(toIntegrationEvents(recorded(`careerPlan-${PROCESS}`, event))).toEqual([]);
  });

  it.each(sessionEvents.map((e) => [e.type, e] as const))('publishes %s about the one client it concerns (the session is audited under its own id)', (_type, event) => {
    const [message] = toIntegrationEvents(recorded(`groupSession-${SESSION}`, event, SESSION));
    expect(validateIntegrationEvent(message.type, message.version, message.data)).toEqual({ valid: true, errors: [] });
    expect(message.subject).toBe(OTHER_CLIENT);
    expect(message.data).toMatchObject({ sessionId: SESSION, clientId: OTHER_CLIENT, organisation: 'KEHA-01' });
  });

  it('does not publish the scheduling of a session (it concerns no client) nor other categories', () => {
    const scheduled: GroupSessionEvent = {
      type: 'GroupSessionScheduled',
      data: { sessionId: SESSION, organisation: 'KEHA-01', title: 'T', topic: 't', start: at, durationMinutes: 60, place: 'P', capacity: 5, coordinatorId: 'c', scheduledAt: at },
    };
    expect(toIntegrationEvents(recorded(`groupSession-${SESSION}`, scheduled, SESSION))).toEqual([]);
    expect(toIntegrationEvents(recorded(`client-${CLIENT}`, processEvents[0]))).toEqual([]);
  });
});

/** Runs commands through a decider as the command side would, one after another: the events it really decides. */
function decided<State, Command, Event extends DomainEvent>(decider: Decider<State, Command, Event>, commands: readonly Command[]): Event[] {
  const events: Event[] = [];
  for (const command of commands) events.push(...decider.decide(command, fold(decider, events)));
  return events;
}

describe('scheduling.published covers its contracts', () => {
  const at = (instant: string) => ({ now: new Date(instant) });
  const meetings = { m1: randomUUID(), m2: randomUUID(), m3: randomUUID(), m4: randomUUID(), m5: randomUUID(), m6: randomUUID() };
  // Opened Tuesday of 2026-W10; three meetings held in W10, W12, W13 (the W11 one missed), one
  // cancelled in W14; overdue in W15; directed to licence training; a training passed; closed.
  const processCommands: GuidanceProcessCommand[] = [
    { type: 'OpenProcess', data: { processId: PROCESS, clientId: CLIENT, advisorId: 'advisor-1', organisation: 'KEHA-01' }, metadata: at('2026-03-03T08:00:00Z') },
    { type: 'ScheduleMeeting', data: { meetingId: meetings.m1, start: '2026-03-04T10:00:00+02:00', durationMinutes: 60, mode: 'in-person', location: 'Kotikäynti' }, metadata: at('2026-03-03T08:00:00Z') },
    { type: 'MoveMeeting', data: { meetingId: meetings.m1, start: '2026-03-05T10:00:00+02:00', movedBy: 'client', reason: 'sairastui' }, metadata: at('2026-03-03T09:00:00Z') },
    { type: 'RecordMeetingHeld', data: { meetingId: meetings.m1, notes: 'muistiinpano' }, metadata: at('2026-03-05T09:00:00Z') },
    { type: 'ScheduleMeeting', data: { meetingId: meetings.m2, start: '2026-03-11T10:00:00+02:00', durationMinutes: 45, mode: 'phone' }, metadata: at('2026-03-05T09:00:00Z') },
    { type: 'RecordNoShow', data: { meetingId: meetings.m2 }, metadata: at('2026-03-11T09:00:00Z') },
    { type: 'ScheduleMeeting', data: { meetingId: meetings.m3, start: '2026-03-18T10:00:00+02:00', durationMinutes: 60, mode: 'video' }, metadata: at('2026-03-11T09:00:00Z') },
    { type: 'RecordMeetingHeld', data: { meetingId: meetings.m3, notes: 'muistiinpano' }, metadata: at('2026-03-18T09:00:00Z') },
    { type: 'ScheduleMeeting', data: { meetingId: meetings.m4, start: '2026-03-25T10:00:00+02:00', durationMinutes: 60, mode: 'in-person' }, metadata: at('2026-03-18T09:00:00Z') },
    { type: 'RecordMeetingHeld', data: { meetingId: meetings.m4, notes: 'muistiinpano' }, metadata: at('2026-03-25T09:00:00Z') },
    { type: 'ScheduleMeeting', data: { meetingId: meetings.m5, start: '2026-04-01T10:00:00+03:00', durationMinutes: 60, mode: 'in-person' }, metadata: at('2026-03-25T09:00:00Z') },
    { type: 'CancelMeeting', data: { meetingId: meetings.m5, cancelledBy: 'advisor', reason: 'lomalla' }, metadata: at('2026-03-30T09:00:00Z') },
    { type: 'CheckOverdue', data: {}, metadata: at('2026-04-06T09:00:00Z') },
    { type: 'CompleteInitialAssessment', data: { direction: 'licence-training', licenceCodes: ['forklift-licence'], rationale: 'varastotyö' }, metadata: at('2026-04-07T09:00:00Z') },
    { type: 'ReferToTraining', data: { referralId: REFERRAL, licenceCode: 'forklift-licence', provider: 'Koulutus Oy' }, metadata: at('2026-04-07T09:00:00Z') },
    { type: 'RecordTrainingCompletion', data: { referralId: REFERRAL, passed: true, licenceIdentifier: 'TK-1234', validUntil: '2031-04-30' }, metadata: at('2026-04-30T09:00:00Z') },
    { type: 'ScheduleMeeting', data: { meetingId: meetings.m6, start: '2026-05-12T10:00:00+03:00', durationMinutes: 60, mode: 'video' }, metadata: at('2026-04-30T09:00:00Z') },
    { type: 'CloseProcess', data: { reason: 'client-exited', note: 'työllistyi' }, metadata: at('2026-05-04T09:00:00Z') },
  ];
  const sessionCommands: GroupSessionCommand[] = [
    {
      type: 'ScheduleGroupSession',
      data: { sessionId: SESSION, organisation: 'KEHA-01', title: 'Osaamisen tunnistaminen', topic: 'skills', start: '2026-05-12T13:00:00+03:00', durationMinutes: 90, place: 'Sali 2', capacity: 1, coordinatorId: 'coordinator-1' },
      metadata: at('2026-05-01T09:00:00Z'),
    },
    { type: 'EnrolParticipant', data: { clientId: CLIENT, waitlistIfFull: false }, metadata: at('2026-05-02T09:00:00Z') },
    { type: 'EnrolParticipant', data: { clientId: OTHER_CLIENT, waitlistIfFull: true }, metadata: at('2026-05-02T10:00:00Z') },
    { type: 'WithdrawParticipant', data: { clientId: CLIENT, withdrawnBy: 'client' }, metadata: at('2026-05-03T09:00:00Z') },
    { type: 'RecordAttendance', data: { attendance: [{ clientId: OTHER_CLIENT, attended: true }] }, metadata: at('2026-05-12T12:00:00Z') },
  ];

  // A plan agreed, then a second goal set and agreed, the first goal achieved, a step of the
  // client's done and the advisor's dropped, the second goal revised then dropped.
  const planCommands: CareerPlanCommand[] = [
    { type: 'OpenPlan', data: { planId: PROCESS, processId: PROCESS, clientId: CLIENT, organisation: 'KEHA-01', openedAt: '2026-03-03T08:00:00.000Z' }, metadata: at('2026-03-03T08:00:00Z') },
    { type: 'SetGoal', data: { goalId: GOAL, kind: 'employment', what: { label: 'Trukinkuljettaja' }, targetDate: '2026-09-30' }, metadata: at('2026-03-10T09:00:00Z') },
    { type: 'AddStep', data: { stepId: STEP, goalId: GOAL, title: 'Hae koulutukseen', owner: 'client', dueDate: '2026-04-15', by: 'advisor' }, metadata: at('2026-03-10T09:00:00Z') },
    { type: 'AddStep', data: { stepId: meetings.m1, goalId: GOAL, title: 'Varaa aika', owner: 'advisor', dueDate: '2026-04-15', by: 'advisor' }, metadata: at('2026-03-10T09:00:00Z') },
    { type: 'ConfirmVersion', data: { version: 1, by: 'advisor' }, metadata: at('2026-03-10T09:05:00Z') },
    { type: 'ConfirmVersion', data: { version: 1, by: 'client' }, metadata: at('2026-03-10T09:06:00Z') },
    { type: 'CompleteStep', data: { stepId: STEP, by: 'client' }, metadata: at('2026-03-20T09:00:00Z') },
    { type: 'DropStep', data: { stepId: meetings.m1, reason: 'ei tarpeen' }, metadata: at('2026-03-20T09:00:00Z') },
    { type: 'SetGoal', data: { goalId: meetings.m2, kind: 'study', what: { label: 'Logistiikka' }, targetDate: '2026-12-31' }, metadata: at('2026-03-20T09:00:00Z') },
    { type: 'ReviseGoal', data: { goalId: meetings.m2, kind: 'own-business', targetDate: '2027-01-31' }, metadata: at('2026-03-20T09:00:00Z') },
    { type: 'AchieveGoal', data: { goalId: GOAL }, metadata: at('2026-04-20T09:00:00Z') },
    { type: 'DropGoal', data: { goalId: meetings.m2, reason: 'muuttuivat suunnitelmat' }, metadata: at('2026-04-21T09:00:00Z') },
  ];

  it('publishes every field of every scheduling contract from what the deciders decide', () => {
    const published: IntegrationEvent[] = [
      ...decided(careerPlanDecider, planCommands).flatMap((event) => toIntegrationEvents(recorded(`careerPlan-${PROCESS}`, event))),
      ...decided(guidanceProcessDecider, processCommands).flatMap((event) => toIntegrationEvents(recorded(`guidanceProcess-${PROCESS}`, event))),
      ...decided(groupSessionDecider, sessionCommands).flatMap((event) => toIntegrationEvents(recorded(`groupSession-${SESSION}`, event, SESSION))),
    ];
    expect(unproducedFields('scheduling', published)).toEqual([]);
    for (const message of published) expect(validateIntegrationEvent(message.type, message.version, message.data)).toEqual({ valid: true, errors: [] });
  });
});
