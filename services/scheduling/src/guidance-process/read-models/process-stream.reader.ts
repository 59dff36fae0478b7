import { Inject, Injectable } from '@nestjs/common';
import { fold, streamIdOf, type EventCodec, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { guidanceProcessDecider } from '../guidance-process.decider';
import { GUIDANCE_PROCESS_CATEGORY, type GuidanceProcessEvent } from '../guidance-process.events';
import { GUIDANCE_PROCESS_CODEC } from '../guidance-process-event-codec';
import { processNotFound } from '../guidance-process.guards';
import type { ProcessState } from '../process-view';

export interface LoadedProcess {
  state: ProcessState;
  /** Decoded: personal fields decrypted, or ERASED once the client's key is destroyed. */
  events: GuidanceProcessEvent[];
  revision: number;
}

/**
 * Reads one process from its stream, not from a read model: the single view is then exactly
 * as of the caller's last write (its ETag), and the personal fields are decrypted on the way.
 */
@Injectable()
export class ProcessStreamReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(GUIDANCE_PROCESS_CODEC) private readonly codec: EventCodec<GuidanceProcessEvent>,
  ) {}

  /** 404 when the process does not exist or belongs to another organisation. */
  async load(processId: string, organisation: string): Promise<LoadedProcess> {
    const recorded = await this.store.readStream(streamIdOf(GUIDANCE_PROCESS_CATEGORY, processId));
    if (recorded.length === 0 || recorded[0].metadata.organisation !== organisation) throw processNotFound();
    const events = await Promise.all(recorded.map((event) => this.codec.decode(event)));
    const state = fold(guidanceProcessDecider, events);
    if (state.status === 'Empty') throw processNotFound();
    return { state, events, revision: recorded[recorded.length - 1].revision };
  }
}
