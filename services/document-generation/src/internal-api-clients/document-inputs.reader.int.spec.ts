import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BadGatewayException, ServiceUnavailableException } from '@nestjs/common';
import { ServiceTokenSource, TokenVerifier } from '@career/auth';
import { DomainError } from '@career/event-sourcing';
import { DocumentGenerationConfig } from '../document-generation.config';
import { DocumentInputsReader } from './document-inputs.reader';

// Integration: real HTTP over loopback to a stand-in for the two owners' internal APIs (the
// real services are exercised in e2e/document-generation.e2e.spec.ts), real token signing.
type Reply = { status: number; body?: unknown; delayMs?: number; raw?: string };

describe('DocumentInputsReader', () => {
  const clientId = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';
  let server: Server;
  let dir: string;
  let reader: DocumentInputsReader;
  let verifier: TokenVerifier;
  let reply: (path: string) => Reply;
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dg-inputs-'));
    server = createServer((request, response) => {
      seen.push({ path: request.url ?? '', headers: request.headers });
      const answer = reply(request.url ?? '');
      setTimeout(() => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
      }, answer.delayMs ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = Object.assign(new DocumentGenerationConfig(), {
      CLIENT_INTAKE_URL: baseUrl,
      SKILLS_ASSESSMENT_URL: baseUrl,
      DEPENDENCY_TIMEOUT_MS: 300,
      AUTH_DEV_KEY_PATH: path.join(dir, 'dev-key.json'),
    });
    reader = new DocumentInputsReader(config, ServiceTokenSource.fromConfig(config, 'document-generation', {}));
    verifier = await TokenVerifier.create({ issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, devKeyPath: config.AUTH_DEV_KEY_PATH });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  const request = { clientId, organisation: 'ORG-1', correlationId: 'corr-1' };
  const contact = { clientId, firstName: 'Aino', lastName: 'Äijälä', preferredLanguage: 'fi', revision: 2 };

  it("asks client-intake with a service token naming the user's organisation", async () => {
    reply = () => ({ status: 200, body: contact });
    const result = await reader.contactOf(request);
    expect(result).toMatchObject({ clientId, contact: { firstName: 'Aino', lastName: 'Äijälä' }, revision: 2 });
    const call = seen.at(-1)!;
    expect(call.path).toBe(`/internal/v1/clients/${clientId}/contact`);
    expect(call.headers['x-correlation-id']).toBe('corr-1');
    const token = String(call.headers.authorization).replace(/^Bearer /, '');
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'document-generation', role: 'service', organisation: 'ORG-1' });
  });

  it('reads the skills profile and refuses another organisation\'s', async () => {
    reply = () => ({ status: 200, body: { clientId, organisation: 'ORG-1', revision: 5, skills: [] } });
    expect((await reader.skillsProfileOf(request)).revision).toBe(5);
    expect(seen.at(-1)!.path).toBe(`/internal/v1/skills-profiles/${clientId}`);
    reply = () => ({ status: 200, body: { clientId, organisation: 'ORG-2', revision: 5, skills: [] } });
    await expect(reader.skillsProfileOf(request)).rejects.toMatchObject({ code: 'CLIENT.NOT_FOUND' });
  });

  it('turns 404 into "client not found" and "no skills profile"', async () => {
    reply = () => ({ status: 404, body: { title: 'Not Found' } });
    await expect(reader.contactOf(request)).rejects.toMatchObject({ code: 'CLIENT.NOT_FOUND', kind: 'not-found' });
    await expect(reader.skillsProfileOf(request)).rejects.toMatchObject({ code: 'DOCUMENT.NO_SKILLS_PROFILE', kind: 'conflict' });
    await expect(reader.contactOf(request)).rejects.toBeInstanceOf(DomainError);
  });

  it('answers 503 when a dependency is too slow or unavailable, naming no personal data', async () => {
    reply = () => ({ status: 200, body: contact, delayMs: 1_000 });
    const slow = reader.contactOf(request);
    await expect(slow).rejects.toBeInstanceOf(ServiceUnavailableException);
    await expect(slow).rejects.toThrow('client-intake did not answer within 300 ms; try again later.');
    reply = () => ({ status: 503, body: {} });
    await expect(reader.skillsProfileOf(request)).rejects.toBeInstanceOf(ServiceUnavailableException);
  });

  it('answers 503 when nothing listens at the configured URL', async () => {
    const config = Object.assign(new DocumentGenerationConfig(), { CLIENT_INTAKE_URL: 'http://127.0.0.1:1', AUTH_DEV_KEY_PATH: path.join(dir, 'dev-key.json') });
    const unreachable = new DocumentInputsReader(config, ServiceTokenSource.fromConfig(config, 'document-generation', {}));
    await expect(unreachable.contactOf(request)).rejects.toThrow('client-intake is unavailable; try again later.');
  });

  it('answers 502 for an error or an answer that does not fit, without echoing the answer', async () => {
    reply = () => ({ status: 500, body: { detail: 'Aino Äijälä broke it' } });
    await expect(reader.contactOf(request)).rejects.toThrow(new BadGatewayException('client-intake refused the request (HTTP 500).'));
    reply = () => ({ status: 200, raw: '<html>' });
    await expect(reader.contactOf(request)).rejects.toThrow('client-intake answered with something that is not JSON.');
    reply = () => ({ status: 200, body: { ...contact, firstName: 42 } });
    const wrong = reader.contactOf(request);
    await expect(wrong).rejects.toThrow('client-intake answered with an unexpected contact details (firstName).');
    reply = () => ({ status: 200, body: { ...contact, clientId: '00000000-0000-4000-8000-000000000000' } });
    await expect(reader.contactOf(request)).rejects.toBeInstanceOf(BadGatewayException);
  });
});
