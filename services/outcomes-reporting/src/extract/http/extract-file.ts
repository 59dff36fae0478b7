import type { ReportFile } from '../../reports/http/report-files';
import type { ReportTable } from '../../export';
import { INDICATOR_TABLE } from '../../indicators/domain/indicator-table';
import { EXTRACT_COLUMNS, indicatorsFedBy } from '../domain/extract-columns';
import type { ParticipantExtractDownloaded } from '../domain/extract-download.events';
import type { ExtractRow } from '../domain/participant-extract';

/** The dictionary's version: a change of columns or of their meaning is a new one (recorded with each download). */
export const EXTRACT_DICTIONARY_VERSION = 'participant-extract-v1';

export const CONFIDENTIAL_NOTICE =
  'LUOTTAMUKSELLINEN / KONFIDENTIELL / CONFIDENTIAL: pseudonymous participant-level data for the Structural Fund evaluation. Not suppressed: never publish it or pass it on; keep it only as long as the stated purpose needs.';

export function extractFileName(organisation: string, asOf: string, format: 'csv' | 'xlsx'): string {
  return `CONFIDENTIAL-participant-extract-${organisation}-${asOf}.${format}`;
}

function participantsTable(rows: readonly ExtractRow[]): ReportTable {
  return { name: 'Participants', columns: EXTRACT_COLUMNS.map((c) => ({ key: c.key, header: c.key })), rows };
}

/** The data dictionary as a sheet: every column, what it holds, and which indicators of each set it feeds. */
export function dictionaryTable(): ReportTable {
  return {
    name: 'Data dictionary',
    columns: [
      { key: 'column', header: 'Column' },
      { key: 'moment', header: 'Moment' },
      { key: 'description', header: 'Description' },
      { key: 'values', header: 'Values' },
      { key: 'esfplus2021', header: 'Indicators ESF+ 2021-2027' },
      { key: 'esf2014', header: 'Indicators ESF 2014-2020' },
    ],
    rows: EXTRACT_COLUMNS.map((c) => ({
      column: c.key,
      moment: c.moment,
      description: c.description,
      values: c.values,
      esfplus2021: indicatorsFedBy(c, 'esfplus2021', INDICATOR_TABLE),
      esf2014: indicatorsFedBy(c, 'esf2014', INDICATOR_TABLE),
    })),
  };
}

/** The first sheet: the marking, and what this file is (the download's logged facts). */
function noticeTable(download: ParticipantExtractDownloaded['data'], downloadedBy: string): ReportTable {
  const period = download.period ? `${download.period.from} to ${download.period.to} by ${download.period.by}` : `every participant entered by ${download.asOf}`;
  const facts: [string, string | number][] = [
    ['Classification', CONFIDENTIAL_NOTICE],
    ['Extract id', download.extractId],
    ['Downloaded at', download.downloadedAt],
    ['Downloaded by', downloadedBy],
    ['Purpose', download.purpose],
    ['Organisation', download.organisation],
    ['As of', download.asOf],
    ['Participants', period],
    ['Project', download.project ?? 'all'],
    ['Region', download.region ?? 'all'],
    ['Rows', download.rows],
    ['Dictionary', `${download.dictionaryVersion}: see the "Data dictionary" sheet and docs/participant-extract.md`],
    ['Pseudonyms', 'A keyed hash per extract: the key was thrown away; pseudonyms differ between extracts and cannot be traced back.'],
  ];
  return { name: 'CONFIDENTIAL', columns: [{ key: 'what', header: 'CONFIDENTIAL' }, { key: 'value', header: '' }], rows: facts.map(([what, value]) => ({ what, value })) };
}

/**
 * The file: in CSV the marking is the first line (read it with `skiprows=1`), then one header
 * line of column names and a row per participant; in XLSX the sheets CONFIDENTIAL,
 * Participants and Data dictionary.
 */
export function extractFile(rows: readonly ExtractRow[], download: ParticipantExtractDownloaded['data'], downloadedBy: string): ReportFile {
  return {
    name: download.fileName.replace(/\.(csv|xlsx)$/, ''),
    notice: `${CONFIDENTIAL_NOTICE} Extract ${download.extractId}, ${download.downloadedAt}, by ${downloadedBy}, purpose ${download.purpose}.`,
    csv: participantsTable(rows),
    sheets: [noticeTable(download, downloadedBy), participantsTable(rows), dictionaryTable()],
  };
}
