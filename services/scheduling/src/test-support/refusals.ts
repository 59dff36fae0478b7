import { DomainError, fold, type Decider, type DomainEvent } from '@career/event-sourcing';
import type { SchedulingErrorCode } from '../scheduling.errors';

/** Matches a refusal by code and kind (the kind picks the HTTP status: 404, 400, 409). */
export const refusedAs =
  (code: SchedulingErrorCode, kind: DomainError['kind']) =>
  (error: DomainError): boolean =>
    error.code === code && error.kind === kind;

/** The DomainError a decider refuses a command with after a history, to look at the details it gives the caller. */
export function refusalOf<State, Command extends { type: string }, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  events: readonly Event[],
  command: Command,
): DomainError {
  try {
    decider.decide(command, fold(decider, events));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected ${command.type} to be refused`);
}
