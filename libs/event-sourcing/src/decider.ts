import type { DomainEvent } from './envelope';

/**
 * Business rules as pure functions (Emmett's decider): no I/O, no clock; time arrives in the
 * command. `decide` returns the events a command causes or throws a DomainError.
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** A refused command: a stable string code the controllers map to HTTP (409 by default). */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Extra facts safe to show to the caller (never personal data). */
    readonly details: Record<string, unknown> = {},
    readonly kind: 'conflict' | 'not-found' | 'invalid' = 'conflict',
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, unknown, Event>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Exhaustiveness check for `switch (command.type)`. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

/**
 * A decider's command: what to do, its data, and the time it happens at (`metadata.now`:
 * deciders never read the clock). Who acts and for which organisation travel in the command
 * context, not here. A decider that needs more metadata (who recorded it) widens `Metadata`.
 */
export interface Command<Type extends string, Data, Metadata extends { now: Date } = { now: Date }> {
  type: Type;
  data: Data;
  metadata: Metadata;
}
