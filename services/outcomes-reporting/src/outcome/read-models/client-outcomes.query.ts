import { Inject, NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fold, streamIdOf, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { withoutPersonalData } from '../outcome-rows/outcome-row.projection';
import { OUTCOME_CATEGORY, outcomeDecider, type OutcomeState } from '../outcome';
import { ParticipantRowsReader } from '../participants/participant-rows.reader';

export class ClientOutcomesQuery {
  constructor(
    readonly clientId: string,
    readonly organisation: string,
  ) {}
}

type Recorded = Extract<OutcomeState, { status: 'Recorded' }>;

export interface ClientOutcomes {
  clientId: string;
  processes: {
    processNumber: number;
    processId: string;
    /** The outcome stream's revision: send it back as `If-Match` to correct (-1: nothing recorded). */
    revision: number;
    exit?: Recorded['exit'];
    followUp?: Recorded['followUp'];
    changes: Recorded['changes'];
    learningOutcomes?: Recorded['learningOutcomes'];
  }[];
}

/**
 * A client's outcomes, per process, from the event store (the truth the ETag refers to). The
 * business ID is not returned: the response is categories only, so reading it records no use
 * of personal data; `businessIdRecorded` says whether one is on file.
 */
@QueryHandler(ClientOutcomesQuery)
export class ClientOutcomesHandler implements IQueryHandler<ClientOutcomesQuery, ClientOutcomes> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly participants: ParticipantRowsReader,
  ) {}

  async execute({ clientId, organisation }: ClientOutcomesQuery): Promise<ClientOutcomes> {
    const processes = (await this.participants.processesOf(clientId)).filter((p) => p.organisation === organisation);
    // Another organisation's client and an unknown one look the same (DESIGN §4, tenancy).
    if (processes.length === 0) throw new NotFoundException('No client with this id in your organisation.');
    const result: ClientOutcomes = { clientId, processes: [] };
    for (const process of processes) {
      const recorded = await this.store.readStream(streamIdOf(OUTCOME_CATEGORY, process._id));
      const state = fold(outcomeDecider, recorded.map(withoutPersonalData));
      const revision = recorded.length === 0 ? -1 : recorded[recorded.length - 1].revision;
      result.processes.push({
        processNumber: process.processNumber!,
        processId: process._id,
        revision,
        changes: state.status === 'Recorded' ? state.changes : [],
        ...(state.status === 'Recorded' && { exit: markBusinessId(state.exit, recorded), ...(state.followUp && { followUp: state.followUp }) }),
        ...(state.status === 'Recorded' && state.learningOutcomes && { learningOutcomes: state.learningOutcomes }),
      });
    }
    return result;
  }
}

/** Whether the exit record (as last recorded or corrected) came with a business ID. */
function markBusinessId(exit: Recorded['exit'], recorded: { type: string; data: unknown }[]): Recorded['exit'] & { businessIdRecorded?: boolean } {
  const last = recorded.filter((e) => e.type === 'ExitOutcomeRecorded' || e.type === 'ExitOutcomeCorrected').at(-1);
  const given = !!(last?.data as { outcome?: { businessId?: unknown } } | undefined)?.outcome?.businessId;
  return exit.outcome.status === 'self-employed' ? { ...exit, businessIdRecorded: given } : exit;
}
