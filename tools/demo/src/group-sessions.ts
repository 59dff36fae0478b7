import { addDays, fromHelsinkiWallClock, helsinkiDate, isoWeekOfDate, partsOf } from '@career/calendar';
import { expectStatus, inPool, keyOf, request } from './demo-http';
import type { DemoOrganisation } from './demo-plan';
import type { DemoServices } from './demo-services';

export const SESSION_TITLES = ['DEMO Osaamisen tunnistaminen', 'DEMO Työnhaku ja CV', 'DEMO Uravalinnat ryhmässä'];

interface SessionView {
  sessionId: string;
  title: string;
  start: string;
  roster: string[];
  attendance: Record<string, boolean>;
}

/**
 * The organisation's three group guidance sessions (docs/domain.md#the-process, step 3), run by
 * its coordinator on Thursdays of the coming three weeks. Scheduling settles a roster at the
 * session's start and records attendance only after it, so one run can enrol (a session still
 * ahead) or record who came (one that has begun), never both: the demo enrols now, and a run
 * after the session records the attendance. Found by title on a second run (the latest session
 * of that title; a new one when the latest has begun with nobody enrolled).
 */
export async function groupSessions(organisation: DemoOrganisation, services: DemoServices, now: Date): Promise<SessionView[]> {
  const coordinator = await services.token('coordinator', organisation.code, organisation.coordinator);
  const today = helsinkiDate(now);
  const thisMonday = isoWeekOfDate(today).monday;
  const listPath = `/api/v1/group-sessions?from=${addDays(thisMonday, -35)}&to=${addDays(thisMonday, 28)}`;
  const latest = async (title: string) =>
    (expectStatus(await request(services.urls.scheduling, 'GET', listPath, { token: coordinator }), [200], 'group sessions').json.items as SessionView[])
      .filter((s) => s.title === title)
      .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
  const sessions: SessionView[] = [];
  for (const [n, title] of SESSION_TITLES.entries()) {
    const found = await latest(title);
    if (found && (Date.parse(found.start) > now.getTime() || found.roster.length > 0)) {
      sessions.push(found);
      continue;
    }
    const start = fromHelsinkiWallClock({ ...partsOf(addDays(thisMonday, 7 * (n + 1) + 3)), hour: 13, minute: 0, second: 0 }).toISOString();
    const body = { title, topic: 'career guidance in a group', start, durationMinutes: 180, place: 'Demo-toimisto, ryhmätila', capacity: 40 };
    const made = expectStatus(await request(services.urls.scheduling, 'POST', '/api/v1/group-sessions', { token: coordinator, body, idempotencyKey: keyOf(organisation.code, 'session', n, start) }), [201], `group session ${n}`);
    // The list is a read model, a moment behind: the new session is known from the answer.
    sessions.push({ sessionId: made.json.sessionId as string, title, start, roster: [], attendance: {} });
  }
  return sessions;
}

/**
 * Enrols each client directed to group guidance in their session while it is ahead; once it
 * has begun, records who of its roster came (one in eight did not).
 */
export async function fillGroupSessions(organisation: DemoOrganisation, services: DemoServices, sessions: SessionView[], bySession: Map<number, string[]>, now: Date): Promise<number> {
  const coordinator = await services.token('coordinator', organisation.code, organisation.coordinator);
  let enrolled = 0;
  for (const [n, session] of sessions.entries()) {
    const clients = bySession.get(n) ?? [];
    if (Date.parse(session.start) > now.getTime()) {
      await inPool(clients, 4, async (clientId) => {
        if (session.roster.includes(clientId)) return;
        const answer = await request(services.urls.scheduling, 'POST', `/api/v1/group-sessions/${session.sessionId}/participants`, { token: coordinator, body: { clientId } });
        expectStatus(answer, [200, 201], `enrolment in ${session.title}`, ['SESSION.ALREADY_ENROLLED']);
        enrolled++;
      });
      continue;
    }
    const unrecorded = clients.filter((clientId) => session.roster.includes(clientId) && session.attendance[clientId] === undefined);
    if (unrecorded.length > 0) {
      const attendance = unrecorded.map((clientId) => ({ clientId, attended: clientId.charCodeAt(0) % 8 !== 0 }));
      expectStatus(await request(services.urls.scheduling, 'POST', `/api/v1/group-sessions/${session.sessionId}/attendance`, { token: coordinator, body: { attendance } }), [200, 201], `attendance of ${session.title}`);
    }
  }
  return enrolled;
}
