import {
  BadGatewayException,
  Inject,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
  UseGuards,
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  createParamDecorator,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { identityCodeOf, type AuthenticatedUser } from './claims';
import { Roles } from './decorators';
import { ServiceTokenSource } from './service-token-source';

/**
 * Finds the person's own client record: (organisation, identity code) -> clientId, through
 * client-intake's keyed-hash index. Undefined when the person has no record there (never
 * registered, or their data was destroyed).
 */
export interface ClientResolver {
  resolve(organisation: string, identityCode: string): Promise<string | undefined>;
}

/** Injection token of the service's ClientResolver. */
export const CLIENT_RESOLVER = Symbol('CLIENT_RESOLVER');

const CACHE_TTL_MS = 60_000;
const CACHE_SIZE = 10_000;

/**
 * The resolver of every service but client-intake: asks client-intake's internal API
 * (`POST /internal/v1/clients/resolve`, the code in the body, never in a URL), with a service
 * token on behalf of the person's organisation. Answers are cached for a minute under a hash of
 * (organisation, code), so the code itself is not kept as a key.
 */
export class RemoteClientResolver implements ClientResolver {
  private readonly cache = new Map<string, { clientId: string | undefined; until: number }>();

  constructor(
    private readonly clientIntakeUrl: string,
    private readonly tokens: Pick<ServiceTokenSource, 'tokenFor'>,
    private readonly timeoutMs = 5_000,
  ) {}

  async resolve(organisation: string, identityCode: string): Promise<string | undefined> {
    const key = createHash('sha256').update(`${organisation}\u0000${identityCode}`).digest('base64url');
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.clientId;
    const response = await fetch(new URL('/internal/v1/clients/resolve', this.clientIntakeUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${await this.tokens.tokenFor(organisation)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ identityCode }),
      signal: AbortSignal.timeout(this.timeoutMs),
    }).catch(() => {
      // Unreachable or slower than the timeout: the person can try again shortly (the code is in no message).
      throw new ServiceUnavailableException('Your client record cannot be looked up right now; try again shortly.');
    });
    let clientId: string | undefined;
    if (response.status === 200) clientId = ((await response.json()) as { clientId: string }).clientId;
    else if (response.status !== 404) throw new BadGatewayException(`client-intake answered ${response.status} resolving a client.`);
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(key, { clientId, until: Date.now() + CACHE_TTL_MS });
    return clientId;
  }
}

/**
 * On `@Me()` routes: resolves the signed-in person to their own client record and puts it on
 * the user (`user.clientId`), or answers 404 when they have none in the token's organisation.
 */
@Injectable()
export class ResolveClientGuard implements CanActivate {
  constructor(@Inject(CLIENT_RESOLVER) private readonly resolver: ClientResolver) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = (context.switchToHttp().getRequest<Request>() as Request & { user?: AuthenticatedUser }).user;
    const identityCode = user && identityCodeOf(user);
    if (!user || user.role !== 'client' || !identityCode) return false;
    const clientId = await this.resolver.resolve(user.organisation, identityCode);
    if (!clientId) throw new NotFoundException('You have no client record in this organisation.');
    user.clientId = clientId;
    return true;
  }
}

/** A route of the client's own channel (`/api/v1/me/...`): role `client`, resolved to their own record. */
export const Me = (): MethodDecorator & ClassDecorator => applyDecorators(Roles('client'), UseGuards(ResolveClientGuard));

/** The signed-in person's own client id (on `@Me()` routes). */
export const MyClientId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const user = (context.switchToHttp().getRequest<Request>() as Request & { user?: AuthenticatedUser }).user;
  if (!user?.clientId) throw new Error('MyClientId is only available on @Me() routes');
  return user.clientId;
});
