import { digestTiming, followUpRequestTiming, meetingReminderTiming } from './reminder-timing';

describe('when each kind of message goes out', () => {
  it('reminds of a meeting 24 h before it starts, while it has not begun', () => {
    expect(meetingReminderTiming('2026-05-12T10:00:00.000Z')).toEqual({ dueAt: '2026-05-11T10:00:00.000Z', notAfter: '2026-05-12T10:00:00.000Z' });
  });

  it('asks for the six-month follow-up at 09:00 Helsinki six calendar months after the exit, until the window closes at eight', () => {
    // Summer time (EEST, +3): 09:00 is 06:00 UTC; the window's last day is 15 September, so it ends at the start of the 16th.
    expect(followUpRequestTiming('2026-01-15')).toEqual({ dueAt: '2026-07-15T06:00:00.000Z', notAfter: '2026-09-15T21:00:00.000Z' });
    // Winter time (EET, +2), and a month end with no such day six months on: the month's last day.
    expect(followUpRequestTiming('2026-08-31')).toEqual({ dueAt: '2027-02-28T07:00:00.000Z', notAfter: '2027-04-30T21:00:00.000Z' });
  });

  it('sends an advisor’s digest of a day at the digest hour, Helsinki time, worth sending until that day ends', () => {
    expect(digestTiming('2026-12-07', 7)).toEqual({ dueAt: '2026-12-07T05:00:00.000Z', notAfter: '2026-12-07T22:00:00.000Z' });
  });
});
