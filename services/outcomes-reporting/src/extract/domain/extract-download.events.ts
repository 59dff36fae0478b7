import type { CalendarDate } from '@career/calendar';
import type { DomainEvent } from '@career/event-sourcing';

/** Stream category: one stream per download, `participantExtract-<extractId>`. */
export const PARTICIPANT_EXTRACT_CATEGORY = 'participantExtract';

/** Why the evaluator takes the micro-data (a code: free text in a URL could name people). */
export const EXTRACT_PURPOSES = ['evaluation', 'audit', 'monitoring', 'data-quality-check'] as const;
export type ExtractPurpose = (typeof EXTRACT_PURPOSES)[number];

export const EXTRACT_FORMATS = ['csv', 'xlsx'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

/**
 * A participant-level extract was handed out (docs/participant-extract.md): who (the actor in
 * the metadata), when (`downloadedAt`), why, and exactly what (the day described, the period
 * and filters, the format, how many rows, which dictionary). Never the pseudonyms' key: that
 * is thrown away, so no one can re-link the file later.
 */
export type ParticipantExtractDownloaded = DomainEvent<
  'ParticipantExtractDownloaded',
  {
    extractId: string;
    organisation: string;
    purpose: ExtractPurpose;
    format: ExtractFormat;
    asOf: CalendarDate;
    period?: { from: CalendarDate; to: CalendarDate; by: 'entry' | 'exit' };
    project?: string;
    region?: string;
    rows: number;
    dictionaryVersion: string;
    fileName: string;
    downloadedAt: string;
  }
>;

export type ExtractDownloadEvent = ParticipantExtractDownloaded;

export const EXTRACT_DOWNLOAD_SCHEMA_VERSIONS = { ParticipantExtractDownloaded: 1 } as const;
