import { randomUUID } from 'node:crypto';
import { identityCode } from '@career/testing';
import { flatText, inspectPdf } from '../../test-support/pdf-inspection';
import { startDocumentGeneration, type DocumentGenerationTestApp } from '../../test-support/document-generation.test-app';

jest.setTimeout(90_000);

// The client's own documents, on the service booted in this process (real SQLite, MongoDB and
// Kafka; client-intake's resolve and contact APIs and skills-assessment's profile stood in for).
describe('/api/v1/me/documents: the client’s own CVs and applications', () => {
  let app: DocumentGenerationTestApp;
  let advisor: string;
  let me: string;
  const mine = randomUUID();
  const theirs = randomUUID();

  beforeAll(async () => {
    app = await startDocumentGeneration('my-documents');
    advisor = await app.token('advisor');
    app.clients.set(mine, { organisation: app.organisation, preferredLanguage: 'fi', intakeRevision: 2, profileRevision: 6, identityCode: identityCode(661) });
    app.clients.set(theirs, { organisation: app.organisation, preferredLanguage: 'sv', intakeRevision: 1, profileRevision: 3, identityCode: identityCode(662) });
    me = await app.clientToken(identityCode(661));
  });
  afterAll(async () => app?.close());

  const generate = (body: Record<string, unknown>, token = me) => app.call('POST', '/api/v1/me/documents', { token, body });

  it('generates the client’s own CV, recorded as theirs, whose profile paragraph is their own text', async () => {
    const created = await generate({ kind: 'skills-cv', format: 'pdf' });
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    const version = created.json as { documentId: string; clientId: string; version: number; links: { self: string; content: string } };
    expect(version).toMatchObject({ clientId: mine, kind: 'skills-cv', language: 'fi', version: 1 });
    expect(created.headers.get('location')).toBe(`/api/v1/me/documents/${version.documentId}/versions/1`);
    expect(version.links.content).toBe(`/api/v1/me/documents/${version.documentId}/versions/1/content`);

    const [stored] = await app.store.readStream(`document-${version.documentId}`);
    expect(stored.metadata.actor.role).toBe('client');
    expect(stored.metadata.clientId).toBe(mine);

    const file = await app.call('GET', `/api/v1/me/documents/${version.documentId}/content`, { token: me });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const text = flatText(await inspectPdf(file.body));
    expect(text).toContain('Täsmällinen ja oma-aloitteinen logistiikan osaaja');
    expect(text).toContain('Osaamispohjainen CV');
    expect(text).not.toContain(identityCode(661));
    const again = await app.call('GET', version.links.content, { token: me });
    expect(again.body.equals(file.body)).toBe(true);
  });

  it('lists the client’s documents (theirs and their advisor’s) and never another person’s', async () => {
    const byAdvisor = await app.call('POST', '/api/v1/documents', { token: advisor, body: { clientId: mine, kind: 'skills-cv', format: 'docx', language: 'en' } });
    expect(byAdvisor.status).toBe(201);
    const other = await app.call('POST', '/api/v1/documents', { token: advisor, body: { clientId: theirs, kind: 'skills-cv', format: 'pdf' } });
    expect(other.status).toBe(201);
    const otherId = (other.json as { documentId: string }).documentId;

    const listed = await app.call('GET', '/api/v1/me/documents', { token: me });
    expect(listed.status).toBe(200);
    const versions = listed.json.versions as { clientId: string; language: string; links: { self: string } }[];
    expect(versions.map((v) => [v.clientId, v.language]).sort()).toEqual([
      [mine, 'en'],
      [mine, 'fi'],
    ]);
    expect(versions.every((v) => v.links.self.startsWith('/api/v1/me/documents/'))).toBe(true);
    expect(listed.text).not.toContain(theirs);

    for (const route of [`/${otherId}`, `/${otherId}/content`, `/${otherId}/versions/1/content`, `/${randomUUID()}`, `/${randomUUID()}/content`]) {
      const response = await app.call('GET', `/api/v1/me/documents${route}`, { token: me });
      expect(`${route} ${response.status} ${String(response.json.code)}`).toBe(`${route} 404 DOCUMENT.NOT_FOUND`);
    }
  });

  it('refuses a clientId in the body (always their own), application fields on a CV, and staff routes (403)', async () => {
    const named = await generate({ clientId: theirs, kind: 'skills-cv', format: 'pdf' });
    expect(named.status).toBe(400);
    expect((named.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['clientId']);
    const cv = await generate({ kind: 'skills-cv', format: 'pdf', motivation: 'Haluan töihin.' });
    expect(cv.status).toBe(400);
    expect((cv.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['motivation']);
    expect((await app.call('GET', `/api/v1/clients/${mine}/documents`, { token: me })).status).toBe(403);
    expect((await app.call('POST', '/api/v1/documents', { token: me, body: { clientId: mine, kind: 'skills-cv', format: 'pdf' } })).status).toBe(403);
    expect((await app.call('GET', '/api/v1/me/documents', { token: await app.clientToken(identityCode(663)) })).status).toBe(404);
  });

  it('writes the client’s job application for a vacancy', async () => {
    const created = await generate({
      kind: 'job-application',
      format: 'json',
      vacancy: { employer: 'Logistiikka Pohjola Oy', title: 'Varastotyöntekijä', requirements: ['trukkikortti', 'kylmäketjun tuntemus'] },
      motivation: 'Haluan jatkaa varastotyössä ja kehittyä vuoroesihenkilöksi.',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ clientId: mine, kind: 'job-application', language: 'fi' });
  });
});
