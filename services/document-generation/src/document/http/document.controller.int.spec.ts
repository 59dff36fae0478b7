import { createHash, randomUUID } from 'node:crypto';
import { startDocumentGeneration, type DocumentGenerationTestApp } from '../../test-support/document-generation.test-app';

jest.setTimeout(90_000);

// The public HTTP API as released, on the service booted in this process (real SQLite, MongoDB
// and Kafka; the two owners' internal APIs stood in for over loopback HTTP).
describe('documents API', () => {
  let app: DocumentGenerationTestApp;
  let advisor: string;
  beforeAll(async () => {
    app = await startDocumentGeneration('api');
    advisor = await app.token('advisor');
  });
  afterAll(async () => {
    await app?.close();
  });

  const newClient = (overrides: { profileRevision?: number } = { profileRevision: 4 }) => {
    const clientId = randomUUID();
    app.clients.set(clientId, { organisation: app.organisation, preferredLanguage: 'fi', intakeRevision: 0, ...overrides });
    return clientId;
  };
  const generate = (body: Record<string, unknown>, token = advisor, headers: Record<string, string> = {}) => app.call('POST', '/api/v1/documents', { token, body, headers });

  it('generates version 1 (201 + Location), returns it again for an identical request (200), and serves it with its revision and bytes', async () => {
    const clientId = newClient();
    const created = await generate({ clientId, kind: 'skills-cv', format: 'pdf' });
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    const version = created.json as { documentId: string; version: number; sha256: string; size: number; links: { self: string; content: string } };
    expect(version).toMatchObject({ clientId, kind: 'skills-cv', language: 'fi', format: 'pdf', version: 1, fileName: 'skills-cv-fi-v1.pdf', contentType: 'application/pdf', contentAvailable: true });
    expect(created.headers.get('location')).toBe(`/api/v1/documents/${version.documentId}/versions/1`);

    const again = await generate({ clientId, kind: 'skills-cv', format: 'pdf' });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(created.json);

    const document = await app.call('GET', `/api/v1/documents/${version.documentId}`, { token: advisor });
    expect(document.status).toBe(200);
    expect(document.headers.get('etag')).toBe('"0"');
    expect(document.json).toMatchObject({ documentId: version.documentId, status: 'active', latestVersion: 1 });

    const file = await app.call('GET', version.links.content, { token: advisor });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="skills-cv-fi-v1.pdf"');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect(file.headers.get('etag')).toBe(`"sha256-${version.sha256}"`);
    expect(file.headers.get('repr-digest')).toBe(`sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`);
    expect(createHash('sha256').update(file.body).digest('hex')).toBe(version.sha256);
    expect(file.body.length).toBe(version.size);

    expect((await app.call('GET', version.links.self, { token: advisor })).json).toEqual(created.json);
    const missingVersion = await app.call('GET', `/api/v1/documents/${version.documentId}/versions/9`, { token: advisor });
    expect(missingVersion.status).toBe(404);
    expect(missingVersion.json).toMatchObject({ code: 'DOCUMENT.VERSION_NOT_FOUND', detail: 'The document has no version 9.' });

    const listed = await app.call('GET', `/api/v1/clients/${clientId}/documents`, { token: advisor });
    expect(listed.json).toMatchObject({ clientId, versions: [{ documentId: version.documentId, version: 1 }] });
  });

  it('replays a retried POST with the same Idempotency-Key', async () => {
    const clientId = newClient();
    const body = { clientId, kind: 'skills-cv', language: 'en', format: 'docx' };
    const first = await generate(body, advisor, { 'idempotency-key': `key-${clientId}` });
    expect(first.status).toBe(201);
    const retried = await generate(body, advisor, { 'idempotency-key': `key-${clientId}` });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.json).toEqual(first.json);
  });

  it("shows nothing of another organisation's documents: 404 as for a missing one, and an empty list", async () => {
    const clientId = newClient();
    const { documentId } = (await generate({ clientId, kind: 'skills-cv', format: 'json' })).json as { documentId: string };
    const stranger = await app.token('advisor', `${app.organisation}X`);
    for (const route of [`/api/v1/documents/${documentId}`, `/api/v1/documents/${documentId}/content`, `/api/v1/documents/${documentId}/versions/1`, `/api/v1/documents/${randomUUID()}`]) {
      const response = await app.call('GET', route, { token: stranger });
      expect(`${route} ${response.status}`).toBe(`${route} 404`);
      expect(response.json).toMatchObject({ code: 'DOCUMENT.NOT_FOUND' });
    }
    expect((await app.call('GET', `/api/v1/clients/${clientId}/documents`, { token: stranger })).json).toEqual({ clientId, versions: [] });
    const theirs = await generate({ clientId, kind: 'skills-cv', format: 'pdf' }, stranger);
    expect(theirs.status).toBe(404);
    expect(theirs.json).toMatchObject({ code: 'CLIENT.NOT_FOUND' });
  });

  it('refuses what cannot be generated, with problem+json naming the field or the rule', async () => {
    const clientId = newClient();
    const noVacancy = await generate({ clientId, kind: 'job-application', format: 'pdf', motivation: 'Haluan töihin.' });
    expect(noVacancy.status).toBe(400);
    expect((noVacancy.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['vacancy']);
    const cvWithVacancy = await generate({ clientId, kind: 'skills-cv', format: 'pdf', vacancy: { employer: 'X', title: 'Y', requirements: [] } });
    expect(cvWithVacancy.status).toBe(400);
    expect((cvWithVacancy.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['vacancy']);
    expect((await generate({ clientId, kind: 'skills-cv', format: 'pdf' }, await app.token('reporter'))).status).toBe(403);

    const noProfile = await generate({ clientId: newClient({}), kind: 'skills-cv', format: 'pdf' });
    expect(noProfile.status).toBe(409);
    expect(noProfile.json).toMatchObject({ code: 'DOCUMENT.NO_SKILLS_PROFILE' });
    const unknown = await generate({ clientId: randomUUID(), kind: 'skills-cv', format: 'pdf' });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'CLIENT.NOT_FOUND' });
  });
});
