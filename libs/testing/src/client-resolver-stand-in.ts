import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';

/**
 * A loopback HTTP server standing in for client-intake's `POST /internal/v1/clients/resolve`,
 * for the integration tests of a service whose `@Me()` routes resolve the person remotely
 * (RemoteClientResolver). It answers from `people`: (organisation of the service token,
 * identity code) -> clientId, 404 otherwise, and 401 without a bearer token of role `service`.
 * The end-to-end tests run the real client-intake instead.
 */
export interface ClientResolverStandIn {
  url: string;
  /** Makes the person known: their `client` token of `organisation` resolves to `clientId`. */
  register(organisation: string, identityCode: string, clientId: string): void;
  /** How many resolve calls arrived (the resolver caches answers for a minute). */
  calls(): number;
  close(): Promise<void>;
}

export async function startClientResolverStandIn(): Promise<ClientResolverStandIn> {
  const people = new Map<string, string>();
  let calls = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method !== 'POST' || request.url !== '/internal/v1/clients/resolve') return answer(404, { title: 'Not Found' });
      calls++;
      const claims = serviceClaimsOf(request);
      if (!claims) return answer(401, { title: 'Unauthorized' });
      const { identityCode } = JSON.parse(await bodyOf(request)) as { identityCode?: string };
      const clientId = people.get(`${claims.org}\u0000${identityCode}`);
      return clientId ? answer(200, { clientId }) : answer(404, { title: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    register: (organisation, identityCode, clientId) => people.set(`${organisation}\u0000${identityCode}`, clientId),
    calls: () => calls,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function serviceClaimsOf(request: IncomingMessage): { org: string } | undefined {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return undefined;
  const claims = decodeJwt(token);
  return claims.role === 'service' && typeof claims.org === 'string' ? { org: claims.org } : undefined;
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
