import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@career/event-store';
import type { Actor, EventStore } from '@career/event-sourcing';
import { PARTICIPANT_EXTRACT_CATEGORY, type ParticipantExtractDownloaded } from '../domain/extract-download.events';

export type ExtractDownloadEntry = ParticipantExtractDownloaded['data'] & { downloadedBy: Actor };

/**
 * The log of extracts, read from the download streams themselves (one short stream per
 * download, few of them: no read model needed), the caller's organisation only.
 */
@Injectable()
export class ExtractDownloadsQuery {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async of(organisation: string): Promise<ExtractDownloadEntry[]> {
    const events = await this.store.readAll({ categories: [PARTICIPANT_EXTRACT_CATEGORY] });
    return events
      .filter((event) => event.type === 'ParticipantExtractDownloaded' && event.metadata.organisation === organisation)
      .map((event) => ({ ...(event.data as ParticipantExtractDownloaded['data']), downloadedBy: event.metadata.actor }))
      .reverse();
  }
}
