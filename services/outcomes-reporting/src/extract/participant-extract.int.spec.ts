import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { AppModule } from '../app.module';
import { ClientStory } from '../test-support/integration-events';
import { startOutcomesTestApp, type OutcomesTestApp } from '../test-support/outcomes-test-app';
import type { ClientExitedV1, ClientRegisteredV1 } from '@career/contracts';
import { participantFacts } from '../participants/domain/participant-facts';
import { ParticipantFeed } from '../participants/read-models/participant-feed';
import { EXTRACT_COLUMNS } from './domain/extract-columns';

jest.setTimeout(120_000);

// The whole service in this process on the real servers: the participant rows in FerretDB, the
// downloads recorded in the real SQLite event store, the files read back with real parsers.
describe('the participant-level extract over HTTP', () => {
  let t: OutcomesTestApp;
  let reporter: string;
  const stories: ClientStory[] = [];

  beforeAll(async () => {
    t = await startOutcomesTestApp('extract', AppModule);
    reporter = await t.token('reporter', t.organisation, 'evaluator-1');
    // Written as the client-intake consumer writes them (the Kafka path itself is
    // participant-rows.int.spec.ts's): five participants in North Ostrobothnia (Oulu), two in
    // Uusimaa (Helsinki), one of them left.
    const feed = t.app.get(ParticipantFeed);
    for (let i = 0; i < 7; i++) {
      const story = new ClientStory(t.organisation);
      stories.push(story);
      const place = i < 5 ? { municipalityCode: '564', regionCode: '17' } : { municipalityCode: '091', regionCode: '01' };
      await feed.write(participantFacts.registered(story.registered({ entryDate: '2026-02-03', gender: i % 2 ? 'man' : 'woman' }, place).data as ClientRegisteredV1));
    }
    await feed.write(participantFacts.exited(stories[0].exited(1, '2026-03-31').data as ClientExitedV1));
  });
  afterAll(async () => t?.close());

  const extract = (query: string, token = reporter) => t.api('GET', `/api/v1/reports/participant-extract?${query}`, { token });

  it('hands out a CSV marked confidential, one row per participant with the dictionary columns, pseudonyms that change with every extract', async () => {
    const first = await extract('purpose=evaluation&asOf=2026-04-30');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/csv');
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="CONFIDENTIAL-participant-extract-${t.organisation}-2026-04-30.csv"`);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    const [notice, header, ...rows] = parse(first.text.replace(/^\uFEFF/, ''), { relaxColumnCount: true }) as string[][];
    expect(notice[0]).toMatch(/^LUOTTAMUKSELLINEN \/ KONFIDENTIELL \/ CONFIDENTIAL/);
    expect(notice[0]).toContain('purpose evaluation');
    expect(header).toEqual(EXTRACT_COLUMNS.map((c) => c.key));
    expect(rows).toHaveLength(7);
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    expect(column('region_code').sort()).toEqual(['01', '01', '17', '17', '17', '17', '17']);
    expect(column('last_exit_date').filter(Boolean)).toEqual(['2026-03-31']);
    for (const story of stories) expect(first.text).not.toContain(story.clientId);

    const second = await extract('purpose=evaluation&asOf=2026-04-30');
    const secondPseudonyms = (parse(second.text.replace(/^\uFEFF/, ''), { relaxColumnCount: true }) as string[][]).slice(2).map((row) => row[0]);
    expect(new Set(column('participant_pseudonym')).size).toBe(7);
    expect(secondPseudonyms.filter((p) => column('participant_pseudonym').includes(p))).toEqual([]);
  });

  it('gives the XLSX with the marking, the rows and the data dictionary, and takes the region filter', async () => {
    const file = await extract('purpose=audit&format=xlsx&region=01&asOf=2026-04-30');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('CONFIDENTIAL-participant-extract-');
    const sheets = await readXlsxFile(file.body);
    expect(sheets.map((s) => s.sheet)).toEqual(['CONFIDENTIAL', 'Participants', 'Data dictionary']);
    expect(sheets[1].data).toHaveLength(1 + 2);
    expect(sheets[2].data.slice(1).map((row) => row[0])).toEqual(EXTRACT_COLUMNS.map((c) => c.key));
    const about = Object.fromEntries(sheets[0].data.slice(1).map(([what, value]) => [what, value]));
    expect(about).toMatchObject({ Purpose: 'audit', Region: '01', Rows: 2, 'Downloaded by': 'evaluator-1' });
  });

  it('records every download in the event store, with who, when and why, before the file leaves', async () => {
    const log = await t.api('GET', '/api/v1/reports/participant-extract/downloads', { token: reporter });
    expect(log.status).toBe(200);
    const entries = log.json as unknown as { purpose: string; rows: number; format: string; region?: string; downloadedBy: { id: string; role: string }; downloadedAt: string }[];
    expect(entries.map((e) => [e.purpose, e.format, e.rows, e.region])).toEqual([
      ['audit', 'xlsx', 2, '01'],
      ['evaluation', 'csv', 7, undefined],
      ['evaluation', 'csv', 7, undefined],
    ]);
    expect(entries[0].downloadedBy).toEqual({ id: 'evaluator-1', role: 'reporter' });
    const stranger = await t.token('reporter', `${t.organisation}X`);
    expect((await t.api('GET', '/api/v1/reports/participant-extract/downloads', { token: stranger })).json).toEqual([]);
  });

  it('refuses without a purpose, with an unknown region, to other roles, and shows another organisation nothing', async () => {
    const noPurpose = await extract('format=csv');
    expect(noPurpose.status).toBe(400);
    expect(noPurpose.json.errors).toEqual([expect.objectContaining({ field: 'purpose' })]);
    const badRegion = await extract('purpose=evaluation&region=03');
    expect(badRegion.status).toBe(400);
    expect(badRegion.json.errors).toEqual([expect.objectContaining({ field: 'region' })]);
    for (const role of ['advisor', 'admin', 'coordinator'] as const) expect((await extract('purpose=evaluation', await t.token(role))).status).toBe(403);
    const stranger = await extract('purpose=monitoring', await t.token('reporter', `${t.organisation}X`));
    expect(stranger.status).toBe(200);
    expect(stranger.text.trim().split('\r\n')).toHaveLength(2);
  });

  it('filters and rolls up the reports by region, suppressing the small cells', async () => {
    const regions = await t.api('GET', '/api/v1/reports/regions?asOf=2026-04-30&from=2026-01-01', { token: reporter });
    expect(regions.status).toBe(200);
    const body = regions.json as unknown as { regions: { code: string; participants: number | string }[]; total: { participants: number | string } };
    expect(body.regions.map((r) => [r.code, r.participants])).toEqual([
      ['01', '<5'],
      ['17', 5],
    ]);
    const north = await t.api('GET', '/api/v1/reports/indicators?asOf=2026-04-30&from=2026-01-01&region=17', { token: reporter });
    expect(north.json).toMatchObject({ filters: { region: '17' }, population: { participants: 5 } });
    const refused = await t.api('GET', '/api/v1/reports/summary.html?region=3', { token: reporter });
    expect(refused.status).toBe(400);
    const page = await t.api('GET', '/api/v1/reports/summary.html?asOf=2026-04-30&from=2026-01-01&region=17', { token: reporter });
    expect(page.text).toContain('region 17 North Ostrobothnia');
    expect(page.text).toContain('<h2>By region</h2>');
  });
});
