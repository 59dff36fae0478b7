import { formatMeetingTime } from './format-time';
import { renderMessage } from './render-message';

describe('messages in the recipient language', () => {
  const start = '2026-05-12T10:00:00.000Z'; // 13:00 in Helsinki (EEST)

  it('states a meeting in Helsinki time in Finnish, Swedish and English', () => {
    expect(formatMeetingTime(start, 'fi')).toBe('tiistaina 12.5.2026 klo 13.00');
    expect(formatMeetingTime(start, 'sv')).toBe('tisdag 12.5.2026 kl. 13.00');
    expect(formatMeetingTime(start, 'en')).toBe('Tuesday, 12 May 2026 at 13:00');
  });

  it('writes the meeting reminder in each language, greeting the client by first name', () => {
    const fi = renderMessage({ kind: 'meeting-reminder', language: 'fi', firstName: 'Aino', start, durationMinutes: 60, mode: 'phone' });
    expect(fi.subject).toBe('Muistutus: ohjaustapaaminen tiistaina 12.5.2026 klo 13.00');
    expect(fi.text).toMatch(/^Hei Aino,\n/);
    expect(fi.text).toContain('Ohjaajasi soittaa sinulle.');
    expect(renderMessage({ kind: 'meeting-reminder', language: 'sv', start, durationMinutes: 60 }).subject).toContain('Påminnelse');
    expect(renderMessage({ kind: 'meeting-reminder', language: 'en', start, durationMinutes: 45 }).text).toContain('(45 min)');
  });

  it('invites to a group session with its time and place, and asks six months after exit', () => {
    const invitation = renderMessage({ kind: 'session-invitation', language: 'en', title: 'Own strengths', topic: 'skills', start, durationMinutes: 120, place: 'Room 2' });
    expect(invitation.subject).toBe('Invitation to group guidance: Own strengths');
    expect(invitation.text).toContain('Where: Room 2');
    expect(renderMessage({ kind: 'follow-up-request', language: 'fi', exitDate: '2026-01-15' }).text).toContain('päättyi 15.1.2026');
  });

  it('lists the advisor digest most urgent first with links, saying how many more there are', () => {
    const digest = renderMessage({
      kind: 'advisor-digest',
      language: 'fi',
      date: '2026-05-12',
      total: 3,
      worklistUrl: 'http://scheduling/api/v1/worklists/me',
      rows: [{ dueDate: '2026-05-04', text: 'Initial assessment overdue', clientId: 'c-1', link: 'http://scheduling/api/v1/guidance-processes/p-1' }],
    });
    expect(digest.subject).toBe('Työlista 12.5.2026: 3 asiaa');
    expect(digest.text).toContain('- 4.5.2026: Initial assessment overdue [c-1]');
    expect(digest.text).toContain('... ja 2 muuta.');
  });

  it('counts one worklist item in the singular', () => {
    const one = (language: 'fi' | 'sv' | 'en') =>
      renderMessage({ kind: 'advisor-digest', language, date: '2026-05-12', total: 1, worklistUrl: 'http://s/w', rows: [{ dueDate: '2026-05-04', text: 'x', link: 'http://s/p' }] });
    expect(one('fi').subject).toBe('Työlista 12.5.2026: 1 asia');
    expect(one('fi').text).toMatch(/^Työlistallasi on tänään 1 asia,/);
    expect(one('sv').subject).toBe('Arbetslista 12.5.2026: 1 ärende');
    expect(one('en').subject).toBe('Worklist 12 May 2026: 1 item');
  });
});
