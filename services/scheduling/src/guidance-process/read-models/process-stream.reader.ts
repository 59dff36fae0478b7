import { Inject, Injectable } from '@nestjs/common';
import type { Access, CommandSideOf } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import { guidanceProcess } from '../domain/guidance-process.aggregate';
import { guidanceProcessEventOf, type GuidanceProcessEvent } from '../domain/guidance-process.events';
import type { ProcessState } from './process-view';

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
  constructor(@Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>) {}

  /** 404 when the process does not exist or the caller may not see it. */
  async load(processId: string, access: Access): Promise<LoadedProcess> {
    const { state, events, revision } = await this.processes.load(processId, access);
    // A stream's first event opens the process; an empty fold is a stream that is not one.
    if (state.status === 'Empty') throw refuse('PROCESS.NOT_FOUND');
    return { state, events: events.map(guidanceProcessEventOf), revision };
  }
}
