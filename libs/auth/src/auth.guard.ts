import {
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { pathOf } from '@career/platform';
import type { AuthenticatedUser } from './claims';
import { IS_PUBLIC_KEY, ROLES_KEY } from './decorators';
import type { Role } from './roles';
import { InvalidTokenError, TokenKeysUnavailableError, TokenVerifier } from './token-verifier';

/** Operational endpoints that probes, scrapers and people reading the docs call without a token. */
const OPEN_PATHS = ['/health', '/metrics', '/docs', '/docs-json'];

/**
 * Whether a path needs a bearer token. Fail-closed: everything does (`/api/...`,
 * `/internal/...` and any other route a service adds) except the operational endpoints.
 */
export function requiresAuthentication(path: string): boolean {
  return !OPEN_PATHS.some((open) => path === open || path.startsWith(`${open}/`));
}

/** `Bearer <token>` -> token; undefined when the header is absent or of another scheme. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)[ ]*$/i.exec(header ?? '');
  return match?.[1];
}

/** The global guard (APP_GUARD): authenticates, then enforces `@Roles(...)`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request>();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) || !requiresAuthentication(pathOf(request))) {
      return true;
    }

    const user = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
    (request as Request & { user?: AuthenticatedUser }).user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new ForbiddenException(`This operation requires one of the roles: ${roles.join(', ')}.`);
    }
    return true;
  }

  private async authenticate(request: Request, response: Response): Promise<AuthenticatedUser> {
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('A bearer token is required.');
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
        throw new UnauthorizedException(`The bearer token was refused: ${error.reason}.`);
      }
      if (error instanceof TokenKeysUnavailableError) {
        throw new ServiceUnavailableException('Tokens cannot be verified right now; try again shortly.');
      }
      throw error;
    }
  }
}
