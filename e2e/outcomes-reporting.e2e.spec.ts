import { freePort, startService, eventually, type RunningService } from '@career/testing';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';
import { helsinkiToday, parseCsvReport, readXlsxReport } from './support/report-files';

jest.setTimeout(300_000);

type Counts = { total: number | string; woman: number | string; man: number | string; nonBinary: number | string } | null;
type IndicatorReport = { results: { code: string; counts: Counts }[]; population: Record<string, number | string> };

// Issue 7 end to end, every service as its own OS process: registration (client-intake) ->
// guidance process and meetings (scheduling) -> self-assessment (skills-assessment) -> a CV
// (document-generation) -> exit and outcome over HTTP -> the indicator report as JSON, CSV and
// XLSX, suppressed; the summary page; a rebuild that reproduces the same figures.
describe('outcomes reporting: from registration to the indicator report', () => {
  const env = e2eEnvironment('outcomes');
  const small = `${env.organisation}S`;
  const advisorId = 'e2e-advisor';
  const services: Record<string, RunningService> = {};
  const clients: string[] = [];
  const smallClients: string[] = [];
  const today = helsinkiToday();

  beforeAll(async () => {
    const ports = { intake: await freePort(), scheduling: await freePort(), skills: await freePort(), documents: await freePort(), reporting: await freePort() };
    const [intake, scheduling, skills, reporting] = await Promise.all([
      startService({ name: 'client-intake', port: ports.intake, env: env.envFor('client-intake') }),
      startService({ name: 'scheduling', port: ports.scheduling, env: env.envFor('scheduling') }),
      startService({ name: 'skills-assessment', port: ports.skills, env: env.envFor('skills-assessment') }),
      startService({ name: 'outcomes-reporting', port: ports.reporting, env: env.envFor('outcomes-reporting') }),
    ]);
    const documents = await startService({
      name: 'document-generation',
      port: ports.documents,
      env: env.envFor('document-generation', { CLIENT_INTAKE_URL: intake.baseUrl, SKILLS_ASSESSMENT_URL: skills.baseUrl }),
    });
    Object.assign(services, { intake, scheduling, skills, documents, reporting });
  });
  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
  });

  const advisor = (org = env.organisation) => env.token('advisor', org, advisorId);
  const reporter = (org = env.organisation) => env.token('reporter', org);
  const indicators = async (query = '', org = env.organisation) => {
    const response = await api(services.reporting.baseUrl, 'GET', `/api/v1/reports/indicators?set=esfplus2021${query}`, { token: await reporter(org) });
    expect(response.status).toBe(200);
    return response.json as unknown as IndicatorReport;
  };
  const counts = (report: IndicatorReport, code: string) => report.results.find((r) => r.code === code)!.counts;

  it('registers six clients in one organisation and two in another, and each gets a guidance process', async () => {
    for (const [org, list, n] of [[env.organisation, clients, 6], [small, smallClients, 2]] as const) {
      for (let i = 0; i < n; i++) {
        const response = await api(services.intake.baseUrl, 'POST', '/api/v1/clients', {
          token: await advisor(org),
          body: registrationBody(org, `Outcome${i}`, 400 + i + (org === small ? 50 : 0), { advisorId }),
        });
        expect(response.status).toBe(201);
        list.push((response.json as { clientId: string }).clientId);
      }
    }
    const report = await eventually(async () => {
      const r = await indicators();
      return counts(r, 'EECO01')?.total === 6 ? r : undefined;
      // A new consumer group reads the shared topics' whole history first (other runs' too).
    }, 120_000, 'six participants in the indicator report');
    // Six women, unemployed for 8 months at 41: unemployed, not long-term.
    expect(counts(report, 'EECO01')).toEqual({ total: 6, woman: 6, man: 0, nonBinary: 0 });
    expect(counts(report, 'EECO02')).toEqual({ total: 6, woman: 6, man: 0, nonBinary: 0 });
    expect(counts(report, 'EECO03')).toEqual({ total: 0, woman: 0, man: 0, nonBinary: 0 });
  });

  it('records a held meeting for each client in scheduling and a self-assessment in skills-assessment', async () => {
    const token = await advisor();
    for (const [i, clientId] of clients.entries()) {
      const process = await eventually(async () => {
        const list = await api(services.scheduling.baseUrl, 'GET', `/api/v1/guidance-processes?clientId=${clientId}`, { token });
        return (list.json?.items as { processId: string }[] | undefined)?.[0];
      }, 60_000, 'the guidance process opened from the registration');
      // One advisor: the meetings must not overlap (and must have started to be marked held).
      const start = new Date(Date.now() - (10 + 6 * i) * 60_000).toISOString();
      const booked = await api(services.scheduling.baseUrl, 'POST', `/api/v1/guidance-processes/${process.processId}/meetings`, {
        token,
        body: { start, durationMinutes: 5, mode: 'phone' },
      });
      expect({ status: booked.status, code: booked.json?.code }).toEqual({ status: 201, code: undefined });
      const held = await api(services.scheduling.baseUrl, 'POST', `/api/v1/guidance-processes/${process.processId}/meetings/${booked.json.meetingId}/held`, { token, body: {} });
      expect(held.status).toBe(200);

      for (const [phase, score] of [['start', 2], ['end', 4]] as const) {
        const rated = await eventually(async () => {
          const r = await api(services.skills.baseUrl, 'POST', `/api/v1/skills-profiles/${clientId}/self-assessments`, {
            token,
            body: { phase, selfKnowledge: score, identifyOwnSkills: score, careerPlanningConfidence: score, recordedBy: 'client' },
          });
          return r.status === 404 ? undefined : r;
        }, 60_000, 'the skills profile opened from the registration');
        expect([200, 201]).toContain(rated.status);
      }
    }
    const metrics = await eventually(async () => {
      const r = await api(services.reporting.baseUrl, 'GET', '/api/v1/reports/process-metrics', { token: await reporter() });
      return (r.json.meetings as { held: unknown }).held === 6 ? r.json : undefined;
    }, 60_000, 'six meetings held in the process metrics');
    expect(metrics).toMatchObject({ processes: 6, clientsPerPhase: { initialAssessment: 6, followUp: 0, closed: 0 }, meetings: { held: 6, missed: 0 } });
  });

  it('generates a skills-based CV for each client in document-generation', async () => {
    const token = await advisor();
    for (const clientId of clients) {
      const cv = await api(services.documents.baseUrl, 'POST', '/api/v1/documents', { token, body: { clientId, kind: 'skills-cv', format: 'pdf' } });
      expect({ status: cv.status, detail: cv.json?.detail }).toEqual({ status: 201, detail: undefined });
    }
  });

  it('exits the clients and records their outcomes over HTTP; the indicators count them on leaving', async () => {
    const token = await advisor();
    for (const [i, clientId] of clients.entries()) {
      const exited = await api(services.intake.baseUrl, 'POST', `/api/v1/clients/${clientId}/exit`, { token, body: { exitDate: today, reason: i < 5 ? 'employed' : 'job-searching' } });
      expect(exited.status).toBe(200);
      const outcome = i < 5 ? { status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate: today } : { status: 'job-searching' };
      const recorded = await api(services.reporting.baseUrl, 'POST', '/api/v1/outcomes', {
        token,
        body: { kind: 'exit', clientId, exitDate: today, outcome, source: 'client' },
      });
      expect(recorded.status).toBe(201);
      expect(recorded.json.recorded).toEqual(['ExitOutcomeRecorded']);
    }
    const listed = await api(services.reporting.baseUrl, 'GET', `/api/v1/outcomes?clientId=${clients[0]}`, { token });
    expect(listed.status).toBe(200);
    expect(listed.json).toMatchObject({ clientId: clients[0], processes: [{ processNumber: 1, revision: 0, exit: { exitDate: today, outcome: { status: 'employed' } } }] });

    const report = await eventually(async () => {
      const r = await indicators();
      return counts(r, 'EECR04')?.total === 5 ? r : undefined;
    }, 60_000, 'five in employment upon leaving');
    expect(counts(report, 'EECR04')).toEqual({ total: 5, woman: 5, man: 0, nonBinary: 0 });
    // EECR01 counts participants inactive at entry who search for work on leaving: these six were unemployed.
    expect(counts(report, 'EECR01')).toEqual({ total: 0, woman: 0, man: 0, nonBinary: 0 });
    expect(report.population).toMatchObject({ participants: 6, leavers: 6, excludedIncomplete: 0 });
    // Nothing about a client in a report.
    expect(JSON.stringify(report)).not.toMatch(new RegExp(clients.join('|')));

  });

  it('shows the learning outcomes the events tell: better self-ratings and a CV for every closed process', async () => {
    const learning = await eventually(async () => {
      const r = await api(services.reporting.baseUrl, 'GET', '/api/v1/reports/learning-outcomes', { token: await reporter() });
      return r.json.closedProcesses === 6 ? r.json : undefined;
    }, 60_000, 'six closed processes in the learning outcomes');
    expect(learning).toMatchObject({
      closedProcesses: 6,
      outcomes: { improvedSelfKnowledge: { fromEvents: 6, total: 6, share: 1 }, drewUpSkillsCv: { fromEvents: 6, total: 6, share: 1 } },
      selfAssessment: { selfKnowledge: { n: 6, meanStart: 2, meanEnd: 4, meanChange: 2 } },
    });
  });

  it('suppresses a small organisation: its two participants show as <5', async () => {
    const report = await eventually(async () => {
      const r = await indicators('', small);
      return counts(r, 'EECO01')?.total === '<5' ? r : undefined;
    }, 60_000, 'the small organisation in its report');
    expect(counts(report, 'EECO01')).toEqual({ total: '<5', woman: '<5', man: 0, nonBinary: 0 });
    expect(report.population.participants).toBe('<5');
  });

  it('gives the same figures as CSV and XLSX, read with independent parsers', async () => {
    const token = await reporter();
    const csv = await fetch(`${services.reporting.baseUrl}/api/v1/reports/indicators?set=esfplus2021`, { headers: { authorization: `Bearer ${token}`, accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="indicators-esfplus2021-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsvReport(await csv.text());
    const csvRow = (code: string) => rows.find((r) => r.Code === code)!;
    expect(csvRow('EECO01')).toMatchObject({ Total: '6', Women: '6', Men: '0', 'Non-binary': '0' });
    expect(csvRow('EECR04')).toMatchObject({ Total: '5', Women: '5' });
    const smallCsv = await fetch(`${services.reporting.baseUrl}/api/v1/reports/indicators?set=esfplus2021`, { headers: { authorization: `Bearer ${await reporter(small)}`, accept: 'text/csv' } });
    expect(parseCsvReport(await smallCsv.text()).find((r) => r.Code === 'EECO01')).toMatchObject({ Total: '<5', Women: '<5', Men: '0' });

    const xlsx = await fetch(`${services.reporting.baseUrl}/api/v1/reports/indicators?set=esfplus2021`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(xlsx.status).toBe(200);
    const sheets = await readXlsxReport(Buffer.from(await xlsx.arrayBuffer()));
    const sheet = sheets['Indicators esfplus2021'];
    expect(sheet.find((r) => r.Code === 'EECO01')).toMatchObject({ Total: 6, Women: 6, Men: 0 });
    expect(sheet.find((r) => r.Code === 'EECR04')).toMatchObject({ Total: 5, Women: 5 });
    expect(sheets.About.find((r) => r.Item === 'Participants (complete records)')).toMatchObject({ Value: 6 });

    const metricsCsv = parseCsvReport((await api(services.reporting.baseUrl, 'GET', '/api/v1/reports/process-metrics?format=csv', { token })).text);
    expect(metricsCsv.find((r) => r.Metric === 'Meetings held')).toMatchObject({ Value: '6' });
    const learningXlsx = await fetch(`${services.reporting.baseUrl}/api/v1/reports/learning-outcomes?format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    const learningSheets = await readXlsxReport(Buffer.from(await learningXlsx.arrayBuffer()));
    expect(learningSheets['Learning outcomes'].find((r) => r['Learning outcome'] === 'improvedSelfKnowledge')).toMatchObject({ Total: 6, 'Share of closed processes': 1 });
  });

  it('serves the printable summary page to reporters only, within their organisation', async () => {
    const page = await api(services.reporting.baseUrl, 'GET', '/api/v1/reports/summary.html?set=esfplus2021', { token: await reporter() });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('<svg');
    expect(page.text).toContain('EECR04');
    expect(page.text).not.toMatch(/<script/i);

    expect((await api(services.reporting.baseUrl, 'GET', '/api/v1/reports/indicators', { token: await advisor() })).status).toBe(403);
    expect((await api(services.reporting.baseUrl, 'GET', `/api/v1/reports/indicators?org=${small}`, { token: await reporter() })).status).toBe(403);
    expect((await api(services.reporting.baseUrl, 'GET', `/api/v1/reports/indicators?advisor=${advisorId}`, { token: await reporter() })).status).toBe(403);
    expect((await api(services.reporting.baseUrl, 'GET', `/api/v1/reports/indicators?from=2026-13-01`, { token: await reporter() })).json).toMatchObject({ status: 400, errors: [{ field: 'from' }] });
    const byAdvisor = await api(services.reporting.baseUrl, 'GET', `/api/v1/reports/indicators?org=${env.organisation}&advisor=${advisorId}`, { token: await env.token('admin') });
    expect(counts(byAdvisor.json as unknown as IndicatorReport, 'EECO01')).toMatchObject({ total: 6 });
    // Outcomes: a reporter may not record, another organisation's advisor does not see the client.
    expect((await api(services.reporting.baseUrl, 'POST', '/api/v1/outcomes', { token: await reporter(), body: {} })).status).toBe(403);
    expect((await api(services.reporting.baseUrl, 'GET', `/api/v1/outcomes?clientId=${clients[0]}`, { token: await advisor(small) })).status).toBe(404);
  });

  it('rebuilds the read models from the events with identical figures', async () => {
    const before = await indicators();
    // The topics are shared with other runs: the checksums are taken of this run's organisation.
    expect((await api(services.reporting.baseUrl, 'POST', `/api/v1/reports/rebuild?org=${env.organisation}`, { token: await env.token('admin') })).status).toBe(403);
    const operator = await env.token('admin', 'OPERATIONS', 'operator-1', { crossOrganisation: true });
    const response = await api(services.reporting.baseUrl, 'POST', `/api/v1/reports/rebuild?org=${env.organisation}`, { token: operator });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ identical: true });
    expect((response.json.after as { rowsSha256: string }).rowsSha256).toBe((response.json.before as { rowsSha256: string }).rowsSha256);
    expect((response.json.after as { figuresSha256: string }).figuresSha256).toBe((response.json.before as { figuresSha256: string }).figuresSha256);
    expect(await indicators()).toEqual(before);
  });
});
