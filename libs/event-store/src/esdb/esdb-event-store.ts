import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  streamNameFilter,
  type AllStreamSubscription,
  type JSONType,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  categoryOf,
  noUpcasters,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadByClientOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamSnapshot,
  type SubscribeOptions,
  type UpcasterRegistry,
} from '@career/event-sourcing';
import { EventStoreClosedError } from '../event-store.errors';
import { CLIENT_TRAIL_PROJECTION, CLIENT_TRAIL_PROJECTION_QUERY, clientTrailStream, eventsOfTrail } from './esdb-client-trail';
import {
  fromEsdbCurrentRevision,
  toEsdbExpectedRevision,
  toEsdbReadPosition,
  toRecordedEvent,
} from './esdb-mapping';

export interface EsdbEventStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false`. */
  connectionString: string;
  upcasters?: UpcasterRegistry;
  /**
   * How readByClient gathers a client's events: 'projection' (default) reads the
   * `$client-<id>` link stream kept by a continuous projection this adapter creates on first
   * use (see esdb-client-trail.ts); 'scan' filters $all on the client side, for servers that
   * run without the projection subsystem.
   */
  clientTrail?: 'projection' | 'scan';
}

/**
 * Cancels the gRPC call, then destroys the readable: a cancelled call is swallowed by the
 * client and may never end its stream, which would leave a for-await hanging.
 */
async function endSubscription(subscription: AllStreamSubscription): Promise<void> {
  await subscription.unsubscribe().catch(() => undefined);
  subscription.destroy();
}

/**
 * Where a stream's snapshots go: a stream of their own (category `snapshot`, which no
 * subscription of ours follows), capped at its latest event by `$maxCount`.
 */
const snapshotStreamOf = (streamId: string): string => `snapshot-${streamId}`;
const SNAPSHOT_EVENT = 'StreamSnapshot';

/** $all is read in pages of this size when readAll has to filter by category on our side. */
const READ_ALL_PAGE = 500;

/**
 * The EventStoreDB adapter (@eventstore/db-client: pure JavaScript gRPC). The envelope's
 * eventId becomes the ESDB event id, so ESDB's own idempotence check makes retries safe.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly upcasters: UpcasterRegistry;
  private readonly subscriptions = new Set<AllStreamSubscription>();
  private readonly clientTrail: 'projection' | 'scan';
  private trailProjection: Promise<void> | undefined;
  private closed = false;

  constructor(options: EsdbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.upcasters = options.upcasters ?? noUpcasters;
    this.clientTrail = options.clientTrail ?? 'projection';
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const data = events.map((event) =>
      jsonEvent({
        id: event.metadata.eventId,
        type: event.type,
        data: (event.data ?? null) as JSONType,
        metadata: event.metadata,
      }),
    );
    try {
      const result = await this.client.appendToStream(streamId, data, {
        expectedRevision: toEsdbExpectedRevision(options.expectedRevision),
      });
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      const commit = result.position?.commit;
      // An idempotent retry is acknowledged without a position: look up where it landed.
      const position =
        commit !== undefined && commit >= 0n ? Number(commit) : await this.positionOf(streamId, nextExpectedRevision);
      if (options.snapshot && options.snapshot.revision === nextExpectedRevision) await this.writeSnapshot(streamId, options.snapshot);
      return { nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(
          streamId,
          options.expectedRevision,
          fromEsdbCurrentRevision(error.actualVersion),
        );
      }
      throw error;
    }
  }

  async readSnapshot(streamId: string): Promise<StreamSnapshot | undefined> {
    this.assertOpen();
    try {
      for await (const resolved of this.client.readStream(snapshotStreamOf(streamId), { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        if (resolved.event?.type === SNAPSHOT_EVENT) return resolved.event.data as unknown as StreamSnapshot;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
    return undefined;
  }

  /**
   * Not atomic with the append (ESDB has no multi-stream transaction), but written only after
   * it succeeded, so a snapshot never folds an event that is not stored; a lost write only
   * means the next command folds a few more events. An older one never replaces a newer.
   */
  private async writeSnapshot(streamId: string, snapshot: StreamSnapshot): Promise<void> {
    try {
      const current = await this.readSnapshot(streamId);
      if (current && current.revision >= snapshot.revision) return;
      const result = await this.client.appendToStream(snapshotStreamOf(streamId), jsonEvent({ type: SNAPSHOT_EVENT, data: snapshot as unknown as JSONType }));
      if (result.nextExpectedRevision === 0n) await this.client.setStreamMetadata(snapshotStreamOf(streamId), { maxCount: 1 });
    } catch {
      // A snapshot is a cache: the events are stored, the next command folds from the older one.
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    if (options.maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(this.upcasters.upcast(event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /**
   * ESDB's readAll has no server-side filter, so categories and system events are filtered
   * here, page by page, until maxCount events are collected or the end of $all is reached.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const wanted = this.categoryPredicate(options.categories);
    return this.scanAll((event) => wanted(event.streamId), options.after, options.maxCount);
  }

  async readByClient(clientId: string, options: ReadByClientOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    if (options.maxCount === 0) return [];
    if (this.clientTrail === 'scan') {
      return this.scanAll((event) => event.metadata?.clientId === clientId, options.after, options.maxCount);
    }
    await this.ensureClientTrailProjection();
    const resolved: ResolvedEvent[] = [];
    try {
      for await (const entry of this.client.readStream(clientTrailStream(clientId), {
        direction: FORWARDS,
        fromRevision: START,
        resolveLinkTos: true,
      })) {
        resolved.push(entry);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return eventsOfTrail(resolved, options).map((event) => this.upcasters.upcast(event));
  }

  /** $all from `after` (exclusive), keeping the events `keep` accepts, until `maxCount` or the end. */
  private async scanAll(keep: (event: RecordedEvent) => boolean, afterPosition?: number, maxCount?: number): Promise<RecordedEvent[]> {
    const max = maxCount ?? Number.MAX_SAFE_INTEGER;
    const events: RecordedEvent[] = [];
    let after = afterPosition ?? -1;
    while (events.length < max) {
      let seen = 0;
      const read = this.client.readAll({
        direction: FORWARDS,
        fromPosition: toEsdbReadPosition(after),
        maxCount: READ_ALL_PAGE,
      });
      let lastPosition = after;
      for await (const resolved of read) {
        seen++;
        const commit = Number(resolved.event?.position.commit ?? resolved.commitPosition ?? -1);
        if (commit <= after) continue; // fromPosition is inclusive, `after` is not
        lastPosition = commit;
        const event = toRecordedEvent(resolved);
        if (event && keep(event)) events.push(this.upcasters.upcast(event));
        if (events.length >= max) break;
      }
      if (events.length >= max || seen < READ_ALL_PAGE || lastPosition === after) break;
      after = lastPosition;
    }
    return events;
  }

  /**
   * Creates the trail projection once per process (idempotent across processes: an existing
   * one is left as it is). A failure is not remembered, so the next read tries again.
   */
  private ensureClientTrailProjection(): Promise<void> {
    this.trailProjection ??= (async () => {
      if (await this.projectionExists(CLIENT_TRAIL_PROJECTION)) return;
      try {
        await this.client.createProjection(CLIENT_TRAIL_PROJECTION, CLIENT_TRAIL_PROJECTION_QUERY, {
          emitEnabled: true,
          trackEmittedStreams: false,
        });
      } catch (error) {
        // Another process created it between our check and our create: that is success.
        if (!(await this.projectionExists(CLIENT_TRAIL_PROJECTION))) throw error;
      }
    })().catch((error: unknown) => {
      this.trailProjection = undefined;
      throw error;
    });
    return this.trailProjection;
  }

  private async projectionExists(name: string): Promise<boolean> {
    try {
      await this.client.getProjectionStatus(name);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A catch-up subscription to $all filtered on the server (stream prefixes `category-`, or
   * every non-system stream). The client's readable stream pauses the gRPC call when its
   * buffer is full, so iterating it is pull-based.
   */
  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const { signal, categories } = options;
    const after = options.after ?? -1;
    const filter =
      categories && categories.length > 0
        ? streamNameFilter({ prefixes: categories.map((category) => `${category}-`) })
        : streamNameFilter({ regex: '^[^$]' });
    const subscription = this.client.subscribeToAll({ fromPosition: toEsdbReadPosition(after), filter });
    this.subscriptions.add(subscription);
    const stop = (): void => void endSubscription(subscription);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const resolved of subscription) {
        if (signal?.aborted || this.closed) return;
        const event = toRecordedEvent(resolved);
        if (!event || event.globalPosition <= after) continue;
        yield this.upcasters.upcast(event);
      }
    } catch (error) {
      // Unsubscribing cancels the gRPC call, which surfaces as an error: that is our clean end.
      if (signal?.aborted || this.closed) return;
      throw error;
    } finally {
      signal?.removeEventListener('abort', stop);
      this.subscriptions.delete(subscription);
      await endSubscription(subscription);
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    for await (const _event of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
      break;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map(endSubscription));
    await this.client.dispose();
  }

  private categoryPredicate(categories?: readonly string[]): (streamId: string) => boolean {
    if (!categories || categories.length === 0) return () => true;
    const set = new Set(categories);
    return (streamId) => set.has(categoryOf(streamId));
  }

  private async positionOf(streamId: string, revision: number): Promise<number> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    return event?.globalPosition ?? -1;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}
