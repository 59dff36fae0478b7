import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';

/** What client-intake's contact route answers for a client (the fields the sender reads). */
export interface ContactStandIn {
  email?: string;
  firstName?: string;
  preferredLanguage: 'fi' | 'sv' | 'en';
}

/** A group session as scheduling's internal route describes it. */
export interface SessionStandIn {
  title: string;
  topic: string;
  start: string;
  durationMinutes: number;
  place: string;
}

/** One worklist row as scheduling's internal worklist route answers it. */
export interface WorklistRowStandIn {
  reason: { code: string; text: string };
  dueDate: string;
  overdue: boolean;
  clientId?: string;
  processId?: string;
  advisorId?: string;
  links: { self: string };
}

/**
 * A loopback HTTP server standing in for the owners the notifications service reads at send
 * time: client-intake's `GET /internal/v1/clients/:id/contact` and scheduling's
 * `GET /internal/v1/group-sessions/:id` and `GET /internal/v1/worklists/advisors/:id`. Answers
 * only `service` tokens, and only records of the token's organisation (404 otherwise), like the
 * owners. The end-to-end test runs the real services instead.
 */
export interface OwnersStandIn {
  url: string;
  contact(organisation: string, clientId: string, contact: ContactStandIn): void;
  session(organisation: string, sessionId: string, session: SessionStandIn): void;
  worklist(organisation: string, advisorId: string, rows: WorklistRowStandIn[]): void;
  /** The paths asked, in order (to prove what was read, and what was not). */
  asked(): string[];
  close(): Promise<void>;
}

export async function startOwnersStandIn(): Promise<OwnersStandIn> {
  const records = new Map<string, unknown>();
  const asked: string[] = [];
  const server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', 'http://stand-in');
    asked.push(url.pathname);
    const organisation = serviceOrganisationOf(request);
    if (!organisation) return answer(401, { title: 'Unauthorized' });
    const record = request.method === 'GET' ? records.get(`${organisation}\u0000${url.pathname}`) : undefined;
    if (record === undefined) return answer(404, { title: 'Not Found' });
    const limit = Number(url.searchParams.get('limit') ?? 50);
    return answer(200, Array.isArray(record) ? { asOf: new Date().toISOString(), days: 14, total: record.length, limit, offset: 0, items: record.slice(0, limit) } : record);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const put = (organisation: string, path: string, record: unknown) => records.set(`${organisation}\u0000${path}`, record);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    contact: (organisation, clientId, contact) => put(organisation, `/internal/v1/clients/${clientId}/contact`, { clientId, organisation, ...contact }),
    session: (organisation, sessionId, session) => put(organisation, `/internal/v1/group-sessions/${sessionId}`, { sessionId, organisation, ...session }),
    worklist: (organisation, advisorId, rows) => put(organisation, `/internal/v1/worklists/advisors/${advisorId}`, rows),
    asked: () => [...asked],
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function serviceOrganisationOf(request: IncomingMessage): string | undefined {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return undefined;
  const claims = decodeJwt(token);
  return claims.role === 'service' && typeof claims.org === 'string' ? claims.org : undefined;
}
