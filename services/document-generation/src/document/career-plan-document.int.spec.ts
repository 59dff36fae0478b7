import { randomUUID } from 'node:crypto';
import { flatText, inspectPdf } from '../test-support/pdf-inspection';
import { startDocumentGeneration, type DocumentGenerationTestApp } from '../test-support/document-generation.test-app';

jest.setTimeout(90_000);

// An agreed career plan as a document (docs/domain.md#the-career-plan): read from scheduling
// at render time (stood in for over loopback HTTP), rendered, stored and versioned with the
// plan id, version and agreement revision as its provenance, on the real servers.
describe('career plan documents', () => {
  let app: DocumentGenerationTestApp;
  let advisor: string;
  beforeAll(async () => {
    app = await startDocumentGeneration('plans');
    advisor = await app.token('advisor');
  });
  afterAll(async () => app?.close());

  const agreedPlan = (language: 'fi' | 'sv' | 'en' = 'fi') => {
    const clientId = randomUUID();
    const planId = randomUUID();
    app.clients.set(clientId, { organisation: app.organisation, preferredLanguage: language, intakeRevision: 3 });
    app.plans.set(`${planId}/1`, { clientId, organisation: app.organisation, version: 1, revision: 7 });
    app.plans.set(`${planId}/2`, { clientId, organisation: app.organisation, version: 2, revision: 12 });
    return { clientId, planId };
  };
  const generate = (body: Record<string, unknown>, token = advisor) => app.call('POST', '/api/v1/documents', { token, body });

  it('renders an agreed version as a PDF in the client’s language, with version and agreement date, and records where it came from', async () => {
    const { clientId, planId } = agreedPlan('sv');
    const created = await generate({ clientId, kind: 'career-plan', format: 'pdf', planId, planVersion: 2 });
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    expect(created.json).toMatchObject({
      clientId,
      kind: 'career-plan',
      language: 'sv',
      version: 1,
      fileName: 'career-plan-sv-v1.pdf',
      templateVersion: 'career-plan-v1+plan-labels-v1',
      provenance: { planId, planVersion: 2, planRevision: 12, intakeRevision: 3 },
    });
    const file = await app.call('GET', (created.json as { links: { content: string } }).links.content, { token: advisor });
    const text = flatText(await inspectPdf(file.body));
    expect(text).toContain('Karriärplan');
    expect(text).toContain('Version 2, godkänd 20 november 2026');
    expect(text).toContain('Truckförare på kyllager');

    // The same version again is the same document version; another agreed version is the next one.
    expect((await generate({ clientId, kind: 'career-plan', format: 'pdf', planId, planVersion: 2 })).status).toBe(200);
    const other = await generate({ clientId, kind: 'career-plan', format: 'pdf', planId, planVersion: 1 });
    expect(other.json).toMatchObject({ version: 2, provenance: { planVersion: 1, planRevision: 7 } });
    const docx = await generate({ clientId, kind: 'career-plan', format: 'docx', language: 'en', planId, planVersion: 2 });
    expect(docx.json).toMatchObject({ language: 'en', fileName: 'career-plan-en-v1.docx' });
  });

  it('finds no plan for another client, another organisation or a version never agreed (404), and asks for plan and version (400)', async () => {
    const { clientId, planId } = agreedPlan();
    const other = agreedPlan();
    const notThisClients = await generate({ clientId: other.clientId, kind: 'career-plan', format: 'pdf', planId, planVersion: 1 });
    expect([notThisClients.status, notThisClients.json.code]).toEqual([404, 'DOCUMENT.PLAN_VERSION_NOT_FOUND']);
    const neverAgreed = await generate({ clientId, kind: 'career-plan', format: 'pdf', planId, planVersion: 3 });
    expect([neverAgreed.status, neverAgreed.json.code]).toEqual([404, 'DOCUMENT.PLAN_VERSION_NOT_FOUND']);
    app.clients.set(clientId, { organisation: app.organisation, preferredLanguage: 'fi', intakeRevision: 3 });
    app.plans.set(`${planId}/1`, { clientId, organisation: `${app.organisation}X`, version: 1, revision: 7 });
    const elsewhere = await generate({ clientId, kind: 'career-plan', format: 'pdf', planId, planVersion: 1 });
    expect(elsewhere.status).toBe(404);

    const missing = await generate({ clientId, kind: 'career-plan', format: 'pdf' });
    expect(missing.status).toBe(400);
    expect([...new Set((missing.json.errors as { field: string }[]).map((e) => e.field))].sort()).toEqual(['planId', 'planVersion']);
    const misplaced = await generate({ clientId, kind: 'skills-cv', format: 'pdf', planId, planVersion: 1 });
    expect(misplaced.status).toBe(400);
    expect(misplaced.json.errors).toEqual([
      { field: 'planId', reason: 'is only for a career-plan' },
      { field: 'planVersion', reason: 'is only for a career-plan' },
    ]);
    const listed = await app.call('GET', `/api/v1/clients/${clientId}/documents`, { token: advisor });
    expect(listed.json).toMatchObject({ versions: [] });
  });
});
