import { createParamDecorator, SetMetadata, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from './claims';
import type { Role } from './roles';

export const IS_PUBLIC_KEY = 'career:auth:public';
export const ROLES_KEY = 'career:auth:roles';

/** The route (or every route of the controller) needs no token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles may call the route (403 otherwise); a method's list overrides its class's. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export function authenticatedUserOf(request: Request): AuthenticatedUser | undefined {
  return (request as Request & { user?: AuthenticatedUser }).user;
}

/** The caller `{ id, role, organisation, name? }` the guard verified. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = authenticatedUserOf(context.switchToHttp().getRequest<Request>());
  // Only reachable on a route that skips authentication (@Public) yet asks who the caller is.
  if (!user) throw new UnauthorizedException('This operation needs an authenticated caller.');
  return user;
});
