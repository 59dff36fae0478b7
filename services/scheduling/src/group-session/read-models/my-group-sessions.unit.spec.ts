import type { GroupSessionSummaryDocument } from './group-session-summary.schema';
import { myGroupSessionOf } from './my-group-sessions.query';

const row: GroupSessionSummaryDocument = {
  _id: 's1',
  organisation: 'KEHA',
  title: 'Osaamisen tunnistaminen',
  topic: 'skills',
  start: '2026-04-01T09:00:00.000Z',
  end: '2026-04-01T10:30:00.000Z',
  durationMinutes: 90,
  place: 'Sali 2',
  capacity: 2,
  coordinatorId: 'coordinator-1',
  roster: ['a', 'b'],
  waitingList: ['c', 'd'],
  attendance: { a: true, b: false },
  revision: 7,
};

describe('a group session as one participant sees it', () => {
  it('shows the session and their own place, attendance once recorded, never the others or the coordinator', () => {
    expect(myGroupSessionOf(row, 'b')).toEqual({
      sessionId: 's1',
      title: 'Osaamisen tunnistaminen',
      topic: 'skills',
      start: row.start,
      end: row.end,
      durationMinutes: 90,
      place: 'Sali 2',
      status: 'enrolled',
      attended: false,
    });
    expect(myGroupSessionOf(row, 'd')).toMatchObject({ status: 'waitlisted', position: 2 });
    expect(myGroupSessionOf(row, 'd')).not.toHaveProperty('attended');
    expect(JSON.stringify(myGroupSessionOf(row, 'a'))).not.toMatch(/"(b|c|d|coordinator-1)"/);
  });

  it('is nothing for someone neither enrolled nor waiting', () => {
    expect(myGroupSessionOf(row, 'e')).toBeUndefined();
  });
});
