import type { Command, Decider } from '@career/event-sourcing';
import { refuse } from '../../outcomes-reporting.errors';
import { EXTRACT_FORMATS, EXTRACT_PURPOSES, type ExtractDownloadEvent, type ParticipantExtractDownloaded } from './extract-download.events';

export type RecordExtractDownload = Command<'RecordExtractDownload', Omit<ParticipantExtractDownloaded['data'], 'downloadedAt'>>;
/** The one command: a download is recorded, nothing else ever happens to it. */
export type ExtractDownloadCommand = RecordExtractDownload;

export type ExtractDownloadState = { status: 'Empty' } | { status: 'Recorded'; extractId: string };

/**
 * Every download of the micro-data is a fact of its own (docs/participant-extract.md): the
 * file leaves only after this is stored. One stream per download; a second record of the same
 * extract id is refused, so a retried request cannot log one file twice under one id.
 */
export const extractDownloadDecider: Decider<ExtractDownloadState, ExtractDownloadCommand, ExtractDownloadEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    if (state.status !== 'Empty') throw refuse('EXTRACT.ALREADY_RECORDED', { extractId: state.extractId });
    const { purpose, format, rows } = command.data;
    if (!(EXTRACT_PURPOSES as readonly string[]).includes(purpose)) throw refuse('EXTRACT.PURPOSE_REQUIRED', { field: 'purpose', allowed: EXTRACT_PURPOSES });
    if (!(EXTRACT_FORMATS as readonly string[]).includes(format)) throw refuse('EXTRACT.INVALID_FIELD', { field: 'format' });
    if (!Number.isInteger(rows) || rows < 0) throw refuse('EXTRACT.INVALID_FIELD', { field: 'rows' });
    return [{ type: 'ParticipantExtractDownloaded', data: { ...command.data, downloadedAt: command.metadata.now.toISOString() } }];
  },

  evolve(_state, event) {
    return { status: 'Recorded', extractId: event.data.extractId };
  },
};
