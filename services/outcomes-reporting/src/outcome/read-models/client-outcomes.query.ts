import { Inject, Injectable } from '@nestjs/common';
import type { CommandSideOf } from '@career/event-sourcing';
import { refuse } from '../../outcomes-reporting.errors';
import { ParticipantRowsReader } from '../../participants/read-models/participant-rows.reader';
import { outcome, withoutBusinessId, type OutcomeRecord, type OutcomeState } from '../domain';

type Recorded = Extract<OutcomeState, { status: 'Recorded' }>;

export interface ClientOutcomes {
  clientId: string;
  processes: {
    processNumber: number;
    processId: string;
    /** The outcome stream's revision: send it back as `If-Match` to correct (-1: nothing recorded). */
    revision: number;
    exit?: Recorded['exit'] & { businessIdRecorded?: boolean };
    followUp?: Recorded['followUp'];
    changes: Recorded['changes'];
    learningOutcomes?: Recorded['learningOutcomes'];
  }[];
}

/**
 * A client's outcomes, per process of the caller's organisation, from the event store (the
 * truth the ETag refers to), read without decrypting anything. The business ID is not
 * returned: the response is categories only, so reading it records no use of personal data;
 * `businessIdRecorded` says whether the exit record (as last recorded or corrected) has one.
 */
@Injectable()
export class ClientOutcomesQuery {
  constructor(
    @Inject(outcome.token) private readonly outcomes: CommandSideOf<typeof outcome>,
    private readonly participants: ParticipantRowsReader,
  ) {}

  /** `organisation`: the caller's; another organisation's client is not found. */
  async of(clientId: string, organisation: string): Promise<ClientOutcomes> {
    const processes = await this.participants.processesOf(clientId, organisation);
    // Another organisation's client and an unknown one look the same (docs/architecture.md#conventions, tenancy).
    if (processes.length === 0) throw refuse('OUTCOME.CLIENT_NOT_FOUND', {}, 'No client with this id in your organisation.');
    const result: ClientOutcomes = { clientId, processes: [] };
    for (const process of processes) {
      const standing = await this.outcomes.standing(process._id, { organisation });
      const state = standing?.state;
      result.processes.push({
        processNumber: process.processNumber!,
        processId: process._id,
        revision: standing?.revision ?? -1,
        changes: state?.status === 'Recorded' ? state.changes.map((change) => categoriesOf(change)) : [],
        ...(state?.status === 'Recorded' && { exit: exitOf(state.exit), ...(state.followUp && { followUp: categoriesOf(state.followUp) }) }),
        ...(state?.status === 'Recorded' && state.learningOutcomes && { learningOutcomes: state.learningOutcomes }),
      });
    }
    return result;
  }
}

function categoriesOf<R extends OutcomeRecord>(record: R): R {
  return { ...record, outcome: withoutBusinessId(record.outcome) };
}

function exitOf(exit: Recorded['exit']): Recorded['exit'] & { businessIdRecorded?: boolean } {
  if (exit.outcome.status !== 'self-employed') return exit;
  return { ...categoriesOf(exit), businessIdRecorded: Boolean(exit.outcome.businessId) };
}
