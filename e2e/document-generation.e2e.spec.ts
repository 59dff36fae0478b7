import { createHash } from 'node:crypto';
import { topicOf, validateIntegrationEvent } from '@career/contracts';
import { createKafka, fromKafkaMessage } from '@career/messaging';
import { eventually, freePort, startService, type RunningService } from '@career/testing';
import mongoose from 'mongoose';
import { download, readDocx, readPdf } from './support/document-inspection';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';

jest.setTimeout(240_000);

interface VersionView {
  documentId: string;
  clientId: string;
  kind: string;
  language: string;
  version: number;
  format: string;
  contentType: string;
  fileName: string;
  sha256: string;
  size: number;
  provenance: { skillsProfileRevision: number; intakeRevision: number };
  contentAvailable: boolean;
  links: { self: string; content: string };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// docs/domain.md#the-process step 8 through the real processes: client-intake registers the client, skills-assessment
// opens the profile from Kafka and takes skills over HTTP, document-generation fetches both over
// their internal APIs at render time, stores the bytes in GridFS and publishes the facts.
describe('document generation: from a registered client to downloaded documents', () => {
  const env = e2eEnvironment('docs');
  const lastName = 'Äijälä-Öhman';
  const registration = registrationBody(env.organisation, lastName);
  const identityCode = registration.personalIdentityCode;
  let intake: RunningService;
  let skills: RunningService;
  let documents: RunningService;
  let advisor: string;
  let clientId: string;
  let cv1: VersionView;
  let cv1Bytes: Buffer;
  let application: VersionView;

  beforeAll(async () => {
    const [intakePort, skillsPort, documentsPort] = [await freePort(), await freePort(), await freePort()];
    [intake, skills, documents] = await Promise.all([
      startService({ name: 'client-intake', port: intakePort, env: env.envFor('client-intake') }),
      startService({ name: 'skills-assessment', port: skillsPort, env: env.envFor('skills-assessment') }),
      startService({
        name: 'document-generation',
        port: documentsPort,
        env: env.envFor('document-generation', {
          CLIENT_INTAKE_URL: `http://127.0.0.1:${intakePort}`,
          SKILLS_ASSESSMENT_URL: `http://127.0.0.1:${skillsPort}`,
        }),
      }),
    ]);
    advisor = await env.token('advisor');
  });
  afterAll(async () => {
    await Promise.all([intake?.stop(), skills?.stop(), documents?.stop()]);
  });

  const generate = (body: Record<string, unknown>, token = advisor) => api(documents.baseUrl, 'POST', '/api/v1/documents', { token, body });
  const addToProfile = async (path: string, body: Record<string, unknown>) => {
    const response = await api(skills.baseUrl, 'POST', `/api/v1/skills-profiles/${clientId}/${path}`, { token: advisor, body });
    expect(response.status).toBe(201);
  };

  it('registers a client whose skills profile opens from Kafka and fills the profile over HTTP', async () => {
    const registered = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: registration });
    expect(registered.status).toBe(201);
    clientId = (registered.json as { clientId: string }).clientId;

    await eventually(
      async () => ((await api(skills.baseUrl, 'GET', `/api/v1/skills-profiles/${clientId}`, { token: advisor })).status === 200 ? true : undefined),
      30_000,
      'the skills profile opened from ClientRegistered',
    );
    await addToProfile('skills', { label: 'trukin kuljettaminen', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Ajoin vastapainotrukkia päivittäin viisi vuotta ilman yhtään vahinkoa.' });
    await addToProfile('skills', { label: 'keräily ja lähetysten kokoaminen', kind: 'skill', proficiency: 3, gainedIn: 'work', evidence: 'Keräsin 140 riviä tunnissa äänikeräilyllä.' });
    await addToProfile('skills', { label: 'kylmäketjun hallinta', kind: 'knowledge', proficiency: 3, gainedIn: 'work' });
    await addToProfile('skills', { label: 'perehdyttäminen', kind: 'transversal', proficiency: 4, gainedIn: 'work', evidence: 'Perehdytin kuusi kesätyöntekijää.' });
    await addToProfile('skills', { label: 'ruotsi', kind: 'language', cefrLevel: 'B1', proficiency: 2, gainedIn: 'studies' });
    await addToProfile('experience', { title: 'Varastotyöntekijä', employer: 'Logistiikka Pohjola Oy', startYear: 2019, endYear: 2025, description: 'Keräily ja trukkityöt kylmävarastossa.' });
    await addToProfile('education', { title: 'Logistiikan perustutkinto', institution: 'Vantaan ammattiopisto Varia', startYear: 2014, endYear: 2017 });
    await addToProfile('licences', { code: 'forklift-licence', name: 'Trukkikortti' });
  });

  it('generates a skills-based CV as a PDF in Finnish: the exact bytes, the name and Finnish letters, no identity code', async () => {
    const created = await generate({ clientId, kind: 'skills-cv', language: 'fi', format: 'pdf' });
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    cv1 = created.json as unknown as VersionView;
    expect(cv1).toMatchObject({ clientId, kind: 'skills-cv', language: 'fi', format: 'pdf', version: 1, contentType: 'application/pdf', fileName: 'skills-cv-fi-v1.pdf', contentAvailable: true });
    expect(cv1.provenance.skillsProfileRevision).toBeGreaterThanOrEqual(8);
    expect(cv1.provenance.intakeRevision).toBeGreaterThanOrEqual(0);
    expect(created.headers.get('location')).toBe(`/api/v1/documents/${cv1.documentId}/versions/1`);

    const file = await download(documents.baseUrl, `/api/v1/documents/${cv1.documentId}/content`, advisor);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="skills-cv-fi-v1.pdf"');
    expect(file.bytes.length).toBe(cv1.size);
    expect(sha256(file.bytes)).toBe(cv1.sha256);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    cv1Bytes = file.bytes;

    const pdf = await readPdf(file.bytes);
    expect(pdf.text).toContain(`Testi ${lastName}`);
    expect(pdf.text).toContain('Osaamispohjainen CV');
    expect(pdf.text).toContain('trukin kuljettaminen');
    expect(pdf.text).toContain('Ajoin vastapainotrukkia päivittäin');
    expect(pdf.text).toMatch(/[äö]/);
    expect(pdf.text).not.toContain(identityCode);
    expect(pdf.text).not.toContain('150385');
    expect(pdf.text).not.toContain('1985-03-15');
    expect(pdf.text).not.toContain('15.3.1985');
    expect(file.bytes.toString('latin1')).not.toContain(identityCode);
  });

  it('writes a job application as a DOCX in Swedish: a valid Office Open XML package with its heading', async () => {
    const request = {
      token: advisor,
      headers: { 'idempotency-key': `application-${env.run}` },
      body: {
        clientId,
        kind: 'job-application',
        language: 'sv',
        format: 'docx',
        vacancy: { employer: 'Kylmälogistiikka Oy', contactPerson: 'Åsa Lindström', title: 'Lagerarbetare', reference: 'LA-2026-14', requirements: ['truckkort', 'kylkedjan', 'plockning'] },
        motivation: 'Jag vill arbeta i ett lager där jag får använda mitt truckkunnande varje dag.',
      },
    };
    const created = await api(documents.baseUrl, 'POST', '/api/v1/documents', request);
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    application = created.json as unknown as VersionView;
    // A retried POST with the same Idempotency-Key replays the first answer.
    const retried = await api(documents.baseUrl, 'POST', '/api/v1/documents', request);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.json).toEqual(created.json);
    expect(application).toMatchObject({ kind: 'job-application', language: 'sv', format: 'docx', version: 1, fileName: 'job-application-sv-v1.docx' });
    expect(application.documentId).not.toBe(cv1.documentId);

    const file = await download(documents.baseUrl, `/api/v1/documents/${application.documentId}/content`, advisor);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="job-application-sv-v1.docx"');
    expect(sha256(file.bytes)).toBe(application.sha256);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const docx = await readDocx(file.bytes);
    expect(docx.contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(docx.paragraphStyles).toContain('Heading1');
    expect(docx.text).toContain('Ansökan: Lagerarbetare');
    expect(docx.text).toContain(`Testi ${lastName}`);
    expect(docx.text).toContain('Kylmälogistiikka Oy');
    expect(docx.allParts).not.toContain(identityCode);
    expect(docx.allParts).not.toContain('150385');
  });

  it('returns the existing version for an identical request instead of a copy', async () => {
    const again = await generate({ clientId, kind: 'skills-cv', language: 'fi', format: 'pdf' });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ documentId: cv1.documentId, version: 1, sha256: cv1.sha256 });
  });

  it('makes version 2 after the profile changed, and version 1 stays downloadable', async () => {
    await addToProfile('skills', { label: 'asiakaspalvelu', kind: 'transversal', proficiency: 3, gainedIn: 'work', evidence: 'Palvelin noutoasiakkaita terminaalin tiskillä.' });
    const created = await generate({ clientId, kind: 'skills-cv', language: 'fi', format: 'pdf' });
    expect(created.status).toBe(201);
    const cv2 = created.json as unknown as VersionView;
    expect(cv2).toMatchObject({ documentId: cv1.documentId, version: 2, fileName: 'skills-cv-fi-v2.pdf' });
    expect(cv2.provenance.skillsProfileRevision).toBeGreaterThan(cv1.provenance.skillsProfileRevision);
    expect((await readPdf((await download(documents.baseUrl, `/api/v1/documents/${cv1.documentId}/content`, advisor)).bytes)).text).toContain('asiakaspalvelu');

    const first = await download(documents.baseUrl, `/api/v1/documents/${cv1.documentId}/versions/1/content`, advisor);
    expect(first.status).toBe(200);
    expect(first.bytes.equals(cv1Bytes)).toBe(true);

    const document = await api(documents.baseUrl, 'GET', `/api/v1/documents/${cv1.documentId}`, { token: advisor });
    expect(document.status).toBe(200);
    expect(document.json).toMatchObject({ documentId: cv1.documentId, status: 'active', latestVersion: 2 });
    expect((document.json.versions as VersionView[]).map((v) => v.version)).toEqual([2, 1]);

    const listed = await api(documents.baseUrl, 'GET', `/api/v1/clients/${clientId}/documents`, { token: advisor });
    expect(listed.status).toBe(200);
    expect((listed.json.versions as VersionView[]).map((v) => `${v.kind}/${v.language}/v${v.version}`)).toEqual(['skills-cv/fi/v2', 'job-application/sv/v1', 'skills-cv/fi/v1']);
  });

  it('refuses bad requests with problem+json, and shows nothing to another organisation', async () => {
    const noVacancy = await generate({ clientId, kind: 'job-application', language: 'fi', format: 'pdf', motivation: 'Haluan töihin.' });
    expect(noVacancy.status).toBe(400);
    expect(noVacancy.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((noVacancy.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['vacancy']);
    const cvWithVacancy = await generate({ clientId, kind: 'skills-cv', format: 'pdf', vacancy: { employer: 'X', title: 'Y', requirements: [] } });
    expect(cvWithVacancy.status).toBe(400);
    const badFormat = await generate({ clientId, kind: 'skills-cv', format: 'odt' });
    expect((badFormat.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['format']);
    expect((await generate({ clientId, kind: 'skills-cv', format: 'pdf' }, await env.token('reporter'))).status).toBe(403);
    expect((await api(documents.baseUrl, 'GET', `/api/v1/documents/${cv1.documentId}`)).status).toBe(401);

    const stranger = await env.token('advisor', `${env.organisation}X`);
    expect((await api(documents.baseUrl, 'GET', `/api/v1/documents/${cv1.documentId}`, { token: stranger })).status).toBe(404);
    expect((await download(documents.baseUrl, `/api/v1/documents/${cv1.documentId}/content`, stranger)).status).toBe(404);
    const theirList = await api(documents.baseUrl, 'GET', `/api/v1/clients/${clientId}/documents`, { token: stranger });
    expect(theirList.json.versions).toEqual([]);
    const theirs = await generate({ clientId, kind: 'skills-cv', format: 'pdf' }, stranger);
    expect(theirs.status).toBe(404);
    expect(theirs.text).not.toContain(lastName);
  });

  it('publishes DocumentGenerated facts without content or personal data', async () => {
    const kafka = createKafka({ brokers: env.kafkaBrokers.split(','), clientId: `e2e-docs-${env.run}` });
    const consumer = kafka.consumer({ groupId: `e2e-docs-${env.run}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicOf('document-generation'), fromBeginning: true });
    const ours: { raw: string; type: string; data: Record<string, unknown> }[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.key?.toString() !== clientId) return;
        const event = fromKafkaMessage(message);
        expect(validateIntegrationEvent(event.type, event.version, event.data).valid).toBe(true);
        ours.push({ raw: `${message.value?.toString()}${JSON.stringify(message.headers)}`, type: event.type, data: event.data as Record<string, unknown> });
      },
    });
    try {
      await eventually(async () => (ours.length >= 3 ? true : undefined), 30_000, 'three DocumentGenerated events');
    } finally {
      await consumer.disconnect();
    }
    expect(ours.map((e) => `${e.data.kind}/${e.data.language}/${e.data.format}/v${e.data.version}`).sort()).toEqual([
      'job-application/sv/docx/v1',
      'skills-cv/fi/pdf/v1',
      'skills-cv/fi/pdf/v2',
    ]);
    for (const { raw } of ours) {
      for (const secret of [lastName, 'Testi', identityCode, cv1.sha256, 'Lagerarbetare', 'Kylmälogistiikka']) expect(raw).not.toContain(secret);
    }
  });

  it("deletes the stored files when the client's personal data is destroyed; the metadata stays", async () => {
    const destroyed = await api(intake.baseUrl, 'POST', `/api/v1/clients/${clientId}/personal-data-destruction`, { token: advisor, body: { reason: 'other' } });
    expect(destroyed.status).toBe(200);

    await eventually(
      async () => ((await download(documents.baseUrl, `/api/v1/documents/${cv1.documentId}/content`, advisor)).status === 410 ? true : undefined),
      30_000,
      'the CV content gone',
    );
    expect((await download(documents.baseUrl, `/api/v1/documents/${cv1.documentId}/versions/1/content`, advisor)).status).toBe(410);
    expect((await download(documents.baseUrl, `/api/v1/documents/${application.documentId}/content`, advisor)).status).toBe(410);
    const document = await api(documents.baseUrl, 'GET', `/api/v1/documents/${cv1.documentId}`, { token: advisor });
    expect(document.json).toMatchObject({ status: 'destroyed', latestVersion: 2 });
    expect((document.json.versions as VersionView[]).every((v) => !v.contentAvailable)).toBe(true);

    const connection = await mongoose.createConnection(env.envFor('document-generation').MONGO_URL).asPromise();
    try {
      const db = connection.db!;
      // The files go right after the versions are marked destroyed (the same consumer, next step).
      await eventually(async () => ((await db.collection('documents.files').countDocuments({ 'metadata.clientId': clientId })) === 0 ? true : undefined), 10_000, 'the files deleted');
      // A file's document goes first, then its chunks (GridFS's order): wait for those too.
      await eventually(async () => ((await db.collection('documents.chunks').countDocuments({})) === 0 ? true : undefined), 10_000, 'the chunks deleted');
    } finally {
      await connection.close();
    }
    const refused = await generate({ clientId, kind: 'skills-cv', language: 'fi', format: 'pdf' });
    expect([404, 409]).toContain(refused.status);
  });
});
