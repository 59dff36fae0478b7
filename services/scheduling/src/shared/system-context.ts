import type { Actor, CommandContext } from '@career/event-sourcing';
import type { RequestContext } from '@career/auth';

/** A command's context before the stream names its client (the handler fills clientId in). */
export type ContextWithoutClient = Omit<CommandContext, 'clientId'>;

/** The request's audit facts without the token's user (which must not reach the event store). */
export function fromRequest(context: RequestContext): ContextWithoutClient {
  const { user: _user, ...rest } = context;
  return rest;
}

/** The context of work the service does by itself: a consumed fact or a scheduled job. */
export function systemContext(options: { organisation: string; now: Date; actor: Actor; causationId: string; correlationId?: string }): ContextWithoutClient {
  return {
    actor: options.actor,
    organisation: options.organisation,
    correlationId: options.correlationId ?? options.causationId,
    causationId: options.causationId,
    now: options.now,
  };
}
