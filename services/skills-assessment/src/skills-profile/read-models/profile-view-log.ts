import { randomUUID } from 'node:crypto';
import { streamIdOf, type CommandContext, type EventStore } from '@career/event-sourcing';

/** A stream per client beside the profile's own, so that a read does not move the profile's revision (its ETag and provenance). */
export const PROFILE_VIEW_CATEGORY = 'skillsProfileView';

/** Why the profile's personal data was read: a code, never free text (the log of use holds no personal data). */
export type ProfileViewPurpose = 'guidance' | 'document-generation';

export interface ProfileViewed {
  type: 'ProfileViewed';
  data: { purpose: ProfileViewPurpose; channel: 'api' | 'internal-api'; profileRevision: number };
}

/**
 * Records a staff or service read of a client's skills profile (evidence and descriptions are
 * personal data): who, when, why and which revision, in the event store, the audit log
 * (docs/domain.md#personal-data, log of use). Not published on Kafka (not a relayed category)
 * and readable after the client's key is destroyed: nothing in it is encrypted. The read is
 * answered only after this append succeeded.
 *
 * An append, not a command: there is no rule to decide and nothing to read first, so it goes
 * straight to the store with `expectedRevision: 'any'` (the command side would read the whole,
 * ever-growing log before each append).
 */
export async function recordProfileView(store: EventStore, context: CommandContext, data: ProfileViewed['data']): Promise<void> {
  await store.appendToStream(
    streamIdOf(PROFILE_VIEW_CATEGORY, context.clientId),
    [
      {
        type: 'ProfileViewed',
        data,
        metadata: {
          eventId: randomUUID(),
          schemaVersion: 1,
          occurredAt: context.now.toISOString(),
          correlationId: context.correlationId,
          causationId: context.causationId,
          actor: context.actor,
          organisation: context.organisation,
          clientId: context.clientId,
          ...(context.requestId ? { requestId: context.requestId } : {}),
        },
      },
    ],
    { expectedRevision: 'any' },
  );
}
