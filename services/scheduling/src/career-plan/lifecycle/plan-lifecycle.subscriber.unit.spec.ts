import type { RecordedEvent } from '@career/event-sourcing';
import { planCommandFor } from './plan-lifecycle.subscriber';

const PROCESS = '6d3c1b2a-9e8f-5a7b-8c6d-5e4f3a2b1c0d';
const CLIENT = '0b0f6f4c-5f3e-4a7d-9a43-1d2c3b4a5f60';

function recorded(type: string, data: Record<string, unknown>, streamId = `guidanceProcess-${PROCESS}`): RecordedEvent {
  return {
    type,
    data,
    streamId,
    revision: 0,
    globalPosition: 1,
    metadata: {
      eventId: '11111111-2222-4333-8444-555555555555',
      schemaVersion: 1,
      occurredAt: '2026-03-03T08:00:01.000Z',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'client-intake', role: 'service' },
      organisation: 'KEHA-01',
      clientId: CLIENT,
    },
  };
}

describe('the plan lifecycle follows the guidance process', () => {
  it('opens the plan (its id the process’s) when the process opens, as of the process’s opening', () => {
    const opened = recorded('ProcessOpened', { processId: PROCESS, clientId: CLIENT, advisorId: 'a-1', organisation: 'KEHA-01', openedAt: '2026-03-03T08:00:00.000Z' });
    expect(planCommandFor(opened)).toEqual({
      planId: PROCESS,
      command: {
        type: 'OpenPlan',
        data: { planId: PROCESS, processId: PROCESS, clientId: CLIENT, organisation: 'KEHA-01', openedAt: '2026-03-03T08:00:00.000Z' },
        metadata: { now: new Date('2026-03-03T08:00:01.000Z') },
      },
    });
  });

  it('closes the plan when the process closes, at the process’s closing time', () => {
    const closed = recorded('ProcessClosed', { reason: 'client-exited', closedAt: '2026-06-30T12:00:00.000Z' });
    expect(planCommandFor(closed)).toEqual({ planId: PROCESS, command: { type: 'ClosePlan', data: {}, metadata: { now: new Date('2026-06-30T12:00:00.000Z') } } });
  });

  it('leaves the plan alone for everything else the process records', () => {
    expect(planCommandFor(recorded('MeetingHeld', { meetingId: 'm-1', notes: 'x', recordedAt: '2026-03-04T08:00:00.000Z' }))).toBeUndefined();
  });
});
