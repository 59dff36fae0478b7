import { DomainError, fold, type Decider, type DomainEvent } from '@career/event-sourcing';

/** What `thenThrows` accepts: a DomainError code, or a predicate over the DomainError. */
export type ExpectedRefusal = string | ((error: DomainError) => boolean);

export interface DeciderWhen<Event extends DomainEvent> {
  /** The command produced exactly these events (deep equality, in order). */
  then(expectedEvents: readonly Event[]): void;
  /** The command was refused with a DomainError matching `expected`. */
  thenThrows(expected: ExpectedRefusal): void;
}

export interface DeciderGiven<Command, Event extends DomainEvent> {
  when(command: Command): DeciderWhen<Event>;
}

function describeError(error: unknown): string {
  if (error instanceof DomainError) return `DomainError ${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Given/when/then for pure deciders (Emmett style): the history is folded with `evolve`, the
 * command goes to `decide`, and the outcome is compared. No infrastructure, no clock.
 *
 *   given(decider, [registered]).when(bookMeeting).then([meetingBooked]);
 *   given(decider, []).when(bookMeeting).thenThrows('GUIDANCE.NOT_STARTED');
 *
 * Failures throw (through Jest's expect for readable diffs), so any test runner reports them.
 */
export function given<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  events: readonly Event[],
): DeciderGiven<Command, Event> {
  return {
    when(command: Command): DeciderWhen<Event> {
      const run = (): { events: Event[] } | { error: unknown } => {
        try {
          return { events: decider.decide(command, fold(decider, events)) };
        } catch (error) {
          return { error };
        }
      };
      return {
        then(expectedEvents: readonly Event[]): void {
          // `then` makes this object look like a promise: refuse being awaited by mistake.
          if (typeof expectedEvents === 'function') {
            throw new TypeError('given(...).when(...) is not a promise: call .then([...expected events])');
          }
          const outcome = run();
          if ('error' in outcome) {
            throw new Error(`expected events, but the command was refused: ${describeError(outcome.error)}`);
          }
          expect(outcome.events).toEqual(expectedEvents);
        },
        thenThrows(expected: ExpectedRefusal): void {
          const outcome = run();
          if (!('error' in outcome)) {
            throw new Error(
              `expected the command to be refused, but it produced ${JSON.stringify(outcome.events.map((e) => e.type))}`,
            );
          }
          const error = outcome.error;
          if (!(error instanceof DomainError)) {
            throw new Error(`expected a DomainError, got ${describeError(error)}`);
          }
          if (typeof expected === 'string') {
            expect(error.code).toBe(expected);
          } else if (!expected(error)) {
            throw new Error(`the DomainError did not match the predicate: ${describeError(error)}`);
          }
        },
      };
    },
  };
}
