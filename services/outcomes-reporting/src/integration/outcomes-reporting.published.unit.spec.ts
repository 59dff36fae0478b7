import { validateIntegrationEvent } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { toIntegrationEvents } from './outcomes-reporting.integration-events';

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
});
