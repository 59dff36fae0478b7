import { given } from '@career/testing';
import { extractDownloadDecider, type RecordExtractDownload } from './extract-download.decider';

const NOW = new Date('2026-12-06T10:00:00.000Z');
const record = (overrides: Partial<RecordExtractDownload['data']> = {}): RecordExtractDownload => ({
  type: 'RecordExtractDownload',
  data: {
    extractId: '7c8f1f8e-7a54-4f3a-9b0e-2f3c4d5e6f70',
    organisation: 'ORG-A',
    purpose: 'evaluation',
    format: 'csv',
    asOf: '2026-12-06',
    rows: 12,
    dictionaryVersion: 'participant-extract-v1',
    fileName: 'CONFIDENTIAL-participant-extract-ORG-A-2026-12-06.csv',
    ...overrides,
  },
  metadata: { now: NOW },
});

describe('the log of participant-level extracts', () => {
  it('records a download with its purpose, what was taken and when', () => {
    given(extractDownloadDecider, [])
      .when(record({ region: '17', period: { from: '2026-01-01', to: '2026-06-30', by: 'entry' } }))
      .then([{ type: 'ParticipantExtractDownloaded', data: { ...record({ region: '17', period: { from: '2026-01-01', to: '2026-06-30', by: 'entry' } }).data, downloadedAt: NOW.toISOString() } }]);
  });

  it('needs a purpose from the list, naming the field', () => {
    given(extractDownloadDecider, [])
      .when(record({ purpose: 'curiosity' as never }))
      .thenThrows((error) => error.code === 'EXTRACT.PURPOSE_REQUIRED' && error.details.field === 'purpose' && error.kind === 'invalid');
    given(extractDownloadDecider, []).when(record({ format: 'pdf' as never })).thenThrows('EXTRACT.INVALID_FIELD');
    given(extractDownloadDecider, []).when(record({ rows: -1 })).thenThrows('EXTRACT.INVALID_FIELD');
  });

  it('logs one download once per extract id', () => {
    const [downloaded] = extractDownloadDecider.decide(record(), extractDownloadDecider.initialState());
    given(extractDownloadDecider, [downloaded]).when(record()).thenThrows('EXTRACT.ALREADY_RECORDED');
  });
});
