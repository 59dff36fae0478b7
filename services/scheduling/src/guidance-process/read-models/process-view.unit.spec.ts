import { fold } from '@career/event-sourcing';
import { ERASED } from '@career/privacy';
import { guidanceProcessDecider } from '../domain/guidance-process.decider';
import type { GuidanceProcessEvent } from '../domain/guidance-process.events';
import { collectPersonalDetails } from './personal-details';
import { processView, type ProcessState } from './process-view';

const at = (iso: string) => new Date(iso).toISOString();
// Tuesday of 2026-W10, 10:00 Helsinki.
const OPENED = at('2026-03-03T08:00:00Z');

const history: GuidanceProcessEvent[] = [
  { type: 'ProcessOpened', data: { processId: 'p', clientId: 'c', advisorId: 'a', organisation: 'O', openedAt: OPENED } },
  { type: 'MeetingScheduled', data: { meetingId: 'm1', advisorId: 'a', phase: 'initial-assessment', start: OPENED, durationMinutes: 60, mode: 'in-person', location: 'Kotikäynti', extra: false, scheduledAt: OPENED } },
  { type: 'MeetingMoved', data: { meetingId: 'm1', from: { start: OPENED, durationMinutes: 60 }, to: { start: at('2026-03-04T08:00:00Z'), durationMinutes: 60 }, movedBy: 'client', reason: 'Lapsi sairas', movedAt: OPENED } },
  { type: 'MeetingHeld', data: { meetingId: 'm1', notes: 'Puhuttiin varastotyöstä', recordedAt: at('2026-03-04T09:00:00Z') } },
];

const stateOf = (events: GuidanceProcessEvent[]) => fold(guidanceProcessDecider, events) as ProcessState;

describe('the guidance process view', () => {
  it('shows the week of the initial assessment and the overdue flag at the time asked', () => {
    const state = stateOf(history);
    expect(processView(state, 3, new Date('2026-03-10T08:00:00Z'))).toMatchObject({ phase: 'initial-assessment', overdue: false, initialAssessment: { firstWeek: '2026-W10', week: 2, meetingsHeld: 1 } });
    // Week 6 starts Monday 6 April 00:00 Helsinki (EEST): 5 April 21:00 UTC.
    expect(processView(state, 3, new Date('2026-04-05T20:59:59Z')).overdue).toBe(false);
    expect(processView(state, 3, new Date('2026-04-05T21:00:00Z'))).toMatchObject({ overdue: true, initialAssessment: { week: 6 } });
  });

  it('discloses free texts to advisors only, the location to staff who attend, nothing in lists', () => {
    const state = stateOf(history);
    const personal = collectPersonalDetails(history);
    const now = new Date('2026-03-05T08:00:00Z');
    expect(processView(state, 3, now, personal, 'all').meetings[0]).toMatchObject({ notes: 'Puhuttiin varastotyöstä', location: 'Kotikäynti', moveReasons: ['Lapsi sairas'] });
    const located = processView(state, 3, now, personal, 'location').meetings[0];
    expect(located.location).toBe('Kotikäynti');
    expect(JSON.stringify(located)).not.toMatch(/Puhuttiin|Lapsi/);
    expect(JSON.stringify(processView(state, 3, now, personal))).not.toMatch(/Puhuttiin|Lapsi|Kotikäynti/);
  });

  it('leaves out what was erased with the client’s key and says so', () => {
    const erased = history.map((e) => (e.type === 'MeetingHeld' ? { ...e, data: { ...e.data, notes: ERASED as unknown as string } } : e));
    const view = processView(stateOf(erased), 3, new Date('2026-03-05T08:00:00Z'), collectPersonalDetails(erased), 'all');
    expect(view.personalDataErased).toBe(true);
    expect(view.meetings[0].notes).toBeUndefined();
    expect(view.meetings[0].location).toBe('Kotikäynti');
  });

  it('shows the next due date in the follow-up phase', () => {
    const completed: GuidanceProcessEvent[] = [
      ...history,
      { type: 'InitialAssessmentCompleted', data: { direction: 'group-guidance', licenceCodes: [], rationale: 'r', meetingsHeld: 3, completedAt: at('2026-03-20T10:00:00Z') } },
    ];
    expect(processView(stateOf(completed), 4, new Date('2026-03-21T10:00:00Z'))).toMatchObject({ phase: 'follow-up', nextDueDate: '2026-04-03', direction: { direction: 'group-guidance' } });
  });
});
