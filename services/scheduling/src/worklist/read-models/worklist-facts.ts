import { Inject, Injectable } from '@nestjs/common';
import { applyOnce } from '@career/projections';
import type { Model } from 'mongoose';
import { WORKLIST_FACTS_MODEL, type WorklistFactsDocument } from './worklist-facts.schema';

type ProcessFact = { processId: string; clientId: string; organisation: string; eventId: string };

/** Writes what other services' facts tell the worklist, once per event id (delivery is at least once). */
@Injectable()
export class WorklistFacts {
  constructor(@Inject(WORKLIST_FACTS_MODEL) private readonly facts: Model<WorklistFactsDocument>) {}

  /** client-intake's ClientExited: the date the 28-day and six-month rules count from. */
  exited(fact: ProcessFact & { exitDate: string }): Promise<boolean> {
    return this.set(fact, { exitDate: fact.exitDate });
  }

  /** outcomes-reporting's OutcomeRecorded (a correction changes nothing here: recorded is recorded). */
  outcomeRecorded(fact: ProcessFact & { exitDate: string; recordedAt: string }): Promise<boolean> {
    return this.set(fact, { exitDate: fact.exitDate, outcomeRecordedAt: fact.recordedAt });
  }

  /** outcomes-reporting's FollowUpRecorded. */
  followUpRecorded(fact: ProcessFact & { recordedAt: string }): Promise<boolean> {
    return this.set(fact, { followUpRecordedAt: fact.recordedAt });
  }

  private set({ processId, clientId, organisation, eventId }: ProcessFact, fields: Partial<WorklistFactsDocument>): Promise<boolean> {
    return applyOnce(this.facts, processId, eventId, { $set: { clientId, organisation, ...fields } });
  }
}
