import { validateIntegrationEvent } from '@career/contracts';
import { fold, type RecordedEvent } from '@career/event-sourcing';
import { unproducedFields } from '@career/testing';
import { outcomeDecider, type OutcomeCommand, type OutcomeEvent } from '../outcome/domain';
import { toIntegrationEvents } from './outcomes-reporting.published';

const clientId = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';
const processId = '175b946f-5270-5c76-a07d-76f3fa3ff2b7';

function recorded(type: string, data: object, revision = 0): RecordedEvent {
  return {
    type,
    data,
    streamId: `outcome-${processId}`,
    revision,
    globalPosition: 10 + revision,
    metadata: {
      eventId: `00000000-0000-4000-8000-00000000000${revision}`,
      schemaVersion: 1,
      occurredAt: '2026-11-28T10:00:00.000Z',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'ORG-A',
      clientId,
    },
  };
}

const encrypted = { $enc: 'aes-256-gcm/v1', iv: 'aXY=', ct: 'Y3Q=', tag: 'dGFn' };

describe('outcomes-reporting integration events', () => {
  it('publishes the exit outcome as categories only: never the business ID', () => {
    const [event] = toIntegrationEvents(
      recorded('ExitOutcomeRecorded', {
        processId,
        clientId,
        organisation: 'ORG-A',
        exitDate: '2026-06-30',
        outcome: { status: 'self-employed', businessId: encrypted, startDate: '2026-07-15' },
        source: 'client',
        recordedAt: '2026-11-28T10:00:00.000Z',
      }),
    );
    expect(event).toMatchObject({ type: 'OutcomeRecorded', version: 1, subject: clientId, organisation: 'ORG-A', source: '/career/outcomes-reporting' });
    expect(event.data).toEqual({
      clientId,
      organisation: 'ORG-A',
      processId,
      exitDate: '2026-06-30',
      status: 'self-employed',
      startDate: '2026-07-15',
      source: 'client',
      correction: false,
      recordedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(validateIntegrationEvent(event.type, event.version, event.data)).toEqual({ valid: true, errors: [] });
    expect(JSON.stringify(event)).not.toContain('$enc');
  });

  it('publishes corrections and follow-ups, and keeps status changes and learning outcomes inside', () => {
    const corrected = toIntegrationEvents(
      recorded('ExitOutcomeCorrected', {
        exitDate: '2026-06-29',
        outcome: { status: 'studying', institutionType: 'vocational', iscedLevel: 4 },
        source: 'register',
        gainedQualification: { kind: 'licence', code: 'hygiene-passport' },
        reason: 'entry-error',
        recordedAt: '2026-11-28T10:00:00.000Z',
      }, 1),
    )[0];
    expect(corrected.data).toMatchObject({ correction: true, status: 'studying', institutionType: 'vocational', iscedLevel: 4, gainedQualification: { kind: 'licence', code: 'hygiene-passport' } });
    expect(validateIntegrationEvent(corrected.type, 1, corrected.data).valid).toBe(true);

    const followUp = toIntegrationEvents(
      recorded('FollowUpOutcomeRecorded', {
        followUpDate: '2026-12-30',
        outcome: { status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate: '2026-10-01' },
        source: 'employer',
        improvements: ['precarious-to-stable'],
        recordedAt: '2026-12-30T10:00:00.000Z',
      }, 2),
    )[0];
    expect(followUp).toMatchObject({ type: 'FollowUpRecorded', data: { followUpDate: '2026-12-30', status: 'employed', workingTime: 'full-time', improvements: ['precarious-to-stable'], correction: false } });
    expect(validateIntegrationEvent(followUp.type, 1, followUp.data).valid).toBe(true);

    expect(toIntegrationEvents(recorded('StatusChangeRecorded', { changeId: 'x', date: '2026-07-01', outcome: { status: 'other' }, source: 'client', recordedAt: 'x' }))).toEqual([]);
    expect(toIntegrationEvents(recorded('LearningOutcomesConfirmed', { confirmedAt: 'x' }))).toEqual([]);
  });

  it('produces every field its contracts declare, from events as the decider makes them', () => {
    const metadata = { now: new Date('2026-09-15T09:00:00.000Z') };
    const commands: OutcomeCommand[] = [
      {
        type: 'RecordExitOutcome',
        data: {
          processId,
          clientId,
          organisation: 'ORG-A',
          exitDate: '2026-03-10',
          outcome: { status: 'employed', workingTime: 'part-time', contract: 'fixed-term', startDate: '2026-03-02' },
          source: 'employer',
          gainedQualification: { kind: 'licence', code: 'forklift-licence' },
        },
        metadata,
      },
      {
        type: 'CorrectExitOutcome',
        data: { exitDate: '2026-03-10', outcome: { status: 'studying', institutionType: 'vocational', iscedLevel: 4, startDate: '2026-03-09' }, source: 'register', reason: 'register-check' },
        metadata,
      },
      {
        type: 'RecordFollowUpOutcome',
        data: {
          followUpDate: '2026-09-10',
          outcome: { status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate: '2026-08-01' },
          source: 'client',
          improvements: ['precarious-to-stable'],
          gainedQualification: { kind: 'qualification', code: 'vocational-qualification' },
        },
        metadata,
      },
      {
        type: 'CorrectFollowUpOutcome',
        data: { followUpDate: '2026-09-10', outcome: { status: 'studying', institutionType: 'university', iscedLevel: 6 }, source: 'register', reason: 'new-information' },
        metadata,
      },
      { type: 'RecordStatusChange', data: { changeId: 'c0c0c0c0-1111-4222-8333-444444444444', date: '2026-04-01', outcome: { status: 'job-searching' }, source: 'client' }, metadata },
      {
        type: 'ConfirmLearningOutcomes',
        data: { learnedToIdentifySkills: true, drewUpSkillsCv: true, wroteJobApplication: true, improvedSelfKnowledge: false, improvedConfidence: true },
        metadata,
      },
    ];
    const events: OutcomeEvent[] = [];
    for (const command of commands) events.push(...outcomeDecider.decide(command, fold(outcomeDecider, events)));
    expect(events.map((e) => e.type)).toEqual([
      'ExitOutcomeRecorded',
      'ExitOutcomeCorrected',
      'FollowUpOutcomeRecorded',
      'FollowUpOutcomeCorrected',
      'StatusChangeRecorded',
      'LearningOutcomesConfirmed',
    ]);

    const published = events.flatMap((event, revision) => toIntegrationEvents(recorded(event.type, event.data, revision)));
    for (const event of published) expect(validateIntegrationEvent(event.type, event.version, event.data)).toEqual({ valid: true, errors: [] });
    expect(unproducedFields('outcomes-reporting', published)).toEqual([]);
  });
});
