import { randomUUID } from 'node:crypto';
import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { SYSTEM_ACCESS, type Access, type CommandContext } from '@career/event-sourcing';
import { requestIdOf, resolveRequestId } from '@career/platform';
import type { Request } from 'express';
import { actorOf, type AuthenticatedUser } from './claims';
import { authenticatedUserOf } from './decorators';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** Who asks, in which organisation, as part of which conversation: a command's context before it names its client. */
export type RequestContext = Omit<CommandContext, 'clientId'> & { user: AuthenticatedUser };

/**
 * The audit facts of an HTTP request (docs/architecture.md#what-runs): the actor and organisation from the verified
 * token, the request id as causation, the caller's `x-correlation-id` (or the request id) as
 * correlation, and the time the request arrived.
 */
export const RequestCtx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<Request>();
  const user = authenticatedUserOf(request);
  if (!user) throw new UnauthorizedException('This operation needs an authenticated caller.');
  const requestId = requestIdOf(request) ?? randomUUID();
  const correlationHeader = request.headers[CORRELATION_ID_HEADER];
  return {
    user,
    actor: actorOf(user),
    organisation: user.organisation,
    correlationId: correlationHeader ? resolveRequestId(correlationHeader) : requestId,
    causationId: requestId,
    requestId,
    now: new Date(),
  };
});

export function forClient(context: RequestContext, clientId: string): CommandContext {
  const { user: _user, ...rest } = context;
  return { ...rest, clientId };
}

/**
 * Which records the caller may see, for the command side and the queries (docs/architecture.md#the-rules,
 * Access): staff and services see their own organisation's (a service token names the
 * organisation of the user the call is made for); a client (on `@Me()` routes) sees only their
 * own record; only a service named in CROSS_ORGANISATION_SERVICES sees every organisation's.
 */
export function accessOf(
  context: Pick<RequestContext, 'organisation'> & { user?: Pick<AuthenticatedUser, 'role' | 'clientId' | 'crossOrganisation'> },
): Access {
  if (context.user?.role === 'client') {
    if (!context.user.clientId) throw new Error('a client is resolved to their own record only on @Me() routes');
    return { organisation: context.organisation, clientId: context.user.clientId };
  }
  if (context.user?.role === 'service' && context.user.crossOrganisation) return SYSTEM_ACCESS;
  return { organisation: context.organisation };
}
