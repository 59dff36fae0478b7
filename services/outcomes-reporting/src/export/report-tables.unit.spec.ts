import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { computeIndicators } from '../indicators/domain/compute-indicators';
import { FIXTURE_AS_OF, PARTICIPANT_ROWS } from '../test-support/participant-rows.fixture';
import { computeLearningOutcomes } from '../metrics/domain/learning-outcomes';
import { computeProcessMetrics } from '../metrics/domain/process-metrics';
import { METRICS_AS_OF, METRICS_ROWS } from '../test-support/metrics-rows.fixture';
import { suppressIndicatorReport } from '../suppression/domain/suppress-indicator-report';
import { toCsv } from './csv';
import {
  clientActivityTable,
  indicatorContextTable,
  indicatorTable,
  learningOutcomesTable,
  outcomesByDirectionTable,
  processMetricsTable,
  selfAssessmentTable,
} from './report-tables';
import { toXlsx } from './xlsx';

const shown = suppressIndicatorReport(
  computeIndicators(PARTICIPANT_ROWS, { set: 'esfplus2021', period: { from: '2025-01-01', to: '2025-12-31', by: 'entry' }, asOf: FIXTURE_AS_OF }),
);

describe('report tables: from the suppressed report to CSV and XLSX', () => {
  it('the indicator CSV shows suppressed cells as <5 and blanks for what is not computable', () => {
    const records: Record<string, string>[] = parse(toCsv(indicatorTable(shown)), { bom: true, columns: true });
    expect(records).toHaveLength(22);
    expect(records.find((r) => r.Code === 'EECO01')).toMatchObject({ Total: '17', Women: '7', Men: '7', 'Non-binary': '<5', Confirmed: 'false' });
    expect(records.find((r) => r.Code === 'EECO04')).toMatchObject({ Total: '<5', Women: '<5' });
    expect(records.find((r) => r.Code === 'EECO17')).toMatchObject({ Total: '', Computable: 'false' });
    expect(records.find((r) => r.Code === 'EECR04')).toMatchObject({ Confirmed: 'true', Moment: 'leaving' });
  });

  it('the workbook holds the context, the indicators and the metrics, readable by another parser', async () => {
    const metrics = computeProcessMetrics(METRICS_ROWS, { asOf: METRICS_AS_OF });
    const learning = computeLearningOutcomes(METRICS_ROWS, { asOf: METRICS_AS_OF });
    const workbook = await toXlsx([
      indicatorContextTable(shown),
      indicatorTable(shown),
      processMetricsTable(metrics),
      outcomesByDirectionTable(metrics),
      learningOutcomesTable(learning),
      clientActivityTable(learning),
      selfAssessmentTable(learning),
    ]);
    const sheets = await readXlsxFile(workbook);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'About',
      'Indicators esfplus2021',
      'Process metrics',
      'Outcomes by direction',
      'Learning outcomes',
      'Client activity',
      'Self-assessment',
    ]);
    const about = Object.fromEntries(sheets[0].data.slice(1).map(([item, value]) => [item, value]));
    expect(about).toMatchObject({ 'Participants (complete records)': 17, 'Excluded: incomplete records': '<5', Period: '2025-01-01 .. 2025-12-31 by entry' });
    const metricsByName = Object.fromEntries(sheets[2].data.slice(1).map(([metric, value]) => [metric, value]));
    expect(metricsByName).toMatchObject({ Processes: 7, 'No-show rate': 0.2, 'Initial assessment, mean weeks': 3.67 });
    expect(sheets[4].data[0]).toEqual([
      'Learning outcome',
      'Shown by events',
      'Shown by events: by the client',
      'Shown by events: by the advisor',
      'Confirmed by advisor',
      'Total',
      'Share of closed processes',
      'Definition',
    ]);
    expect(sheets[4].data[1]).toEqual(['learnedToIdentifySkills', 2, 1, 1, 1, 2, 0.4, expect.stringMatching(/^The self-assessment "identify own skills"/)]);
    expect(sheets[5].data[0]).toEqual(['Activity', 'By the client', 'By the advisor', 'Either', 'Definition']);
    expect(sheets[5].data.find(([activity]) => activity === 'cv')).toEqual(['cv', 1, 2, 2, expect.stringMatching(/^Generated a version of their skills-based CV/)]);
  });
});
