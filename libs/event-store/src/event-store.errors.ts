/**
 * An append reused event ids that are already stored in a way that is not a plain retry:
 * another stream holds them, or only some of them match the stored events (partial overlap).
 * A retry must resend exactly the same events; anything else is a caller bug, not a race.
 */
export class EventIdConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
    reason: string,
  ) {
    super(`stream ${streamId}: event id ${eventId} ${reason}`);
    this.name = 'EventIdConflictError';
  }
}

export class EventStoreClosedError extends Error {
  constructor() {
    super('event store is closed');
    this.name = 'EventStoreClosedError';
  }
}
