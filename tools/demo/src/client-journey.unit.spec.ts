import { helsinkiIsoWeek, isoWeeksBetween } from '@career/calendar';
import { meetingSlot } from './client-journey';

describe("the demo's meeting slots", () => {
  it('fall one a week in the weeks before this one, on Helsinki working hours, a slot of its own per client of an advisor', () => {
    const today = '2026-12-06'; // a Sunday
    const starts = [5, 4, 3, 2, 1].map((weeksBack) => new Date(meetingSlot(today, weeksBack, 7)));
    expect(starts.map((start) => isoWeeksBetween(helsinkiIsoWeek(start), helsinkiIsoWeek(new Date('2026-12-06T12:00:00Z'))))).toEqual([5, 4, 3, 2, 1]);
    expect(meetingSlot(today, 1, 7)).toBe('2026-11-25T07:00:00.000Z'); // Wednesday 09:00 EET
    const slotsOfOneAdvisor = Array.from({ length: 25 }, (_, slot) => meetingSlot(today, 2, slot));
    expect(new Set(slotsOfOneAdvisor).size).toBe(25);
  });
});
