/** A booked span of time: an ISO 8601 start and a length in minutes. */
export interface TimeSlot {
  start: string;
  durationMinutes: number;
}

export function slotEnd(slot: TimeSlot): Date {
  return new Date(Date.parse(slot.start) + slot.durationMinutes * 60_000);
}

/**
 * Whether two slots share any moment. Slots are half-open ([start, end)), so back-to-back
 * meetings (10:00-11:00 then 11:00-12:00) do not overlap.
 *
 * An advisor's meetings live in many guidance-process streams, so no single decider can see
 * a double booking: the advisor's booking guard (advisor-agenda/booking) checks the agenda
 * read model with this function under a per-advisor lease, around the append of a
 * MeetingScheduled or MeetingMoved.
 */
export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  const aStart = Date.parse(a.start);
  const bStart = Date.parse(b.start);
  return aStart < slotEnd(b).getTime() && bStart < slotEnd(a).getTime();
}
