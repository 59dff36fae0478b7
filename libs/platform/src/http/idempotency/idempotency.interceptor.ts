import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  Optional,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Connection } from 'mongoose';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { MONGO_CONNECTION } from '../../mongo/mongo.module';
import { MongoIdempotencyStore, type IdempotencyStoreOptions, type StoredResponse } from './idempotency-store';
import { requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
/** Optional provider token: IdempotencyStoreOptions for the service's interceptor. */
export const IDEMPOTENCY_OPTIONS = 'IDEMPOTENCY_OPTIONS';

/** The response headers a replay repeats: what a creating POST says besides its body. */
const REPLAYED_HEADERS = ['location', 'etag'] as const;
/** Printable ASCII, 1-255 characters (a UUID fits; so does any reasonable client scheme). */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` for creating POSTs (docs/architecture.md#conventions; IETF draft "The Idempotency-Key HTTP Header
 * Field"). Keyed by the authenticated actor and the key:
 * - first use: the request runs; a success (status, body, Location, ETag) is stored for 24 h;
 *   a failure forgets the key, so a retry runs again;
 * - same key, same request (method, path, body), completed: the stored response is replayed
 *   with `Idempotent-Replayed: true`, and the handler does not run;
 * - same key, different request: 422; same key while the first is still running: 409.
 * Requests without the header, or without an authenticated user, pass through untouched.
 * Apply with `@Idempotent()`.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly store: MongoIdempotencyStore;
  private readonly logger = new Logger('Idempotency');

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    @Optional() @Inject(IDEMPOTENCY_OPTIONS) options?: IdempotencyStoreOptions,
  ) {
    this.store = new MongoIdempotencyStore(connection, options);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !VALID_KEY.test(key)) {
      throw new BadRequestException('Idempotency-Key must be one value of 1-255 printable ASCII characters.');
    }
    const user = callerOf(request);
    if (!user) return next.handle();

    const scope = `${user.organisation}/${user.id}`;
    const fingerprint = requestFingerprint(request.method, request.originalUrl ?? request.url, request.body);
    const outcome = await this.store.begin(scope, key, fingerprint, new Date());
    switch (outcome.kind) {
      case 'mismatch':
        throw new UnprocessableEntityException('This Idempotency-Key was already used for a different request; use a new key.');
      case 'in-progress':
        throw new ConflictException('A request with this Idempotency-Key is still being processed; retry later.');
      case 'replay':
        response.status(outcome.response.status);
        for (const [name, value] of Object.entries(outcome.response.headers)) response.setHeader(name, value);
        response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return of(outcome.response.body);
      case 'started':
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.remember(scope, key, { status: response.statusCode, headers: replayedHeadersOf(response), body });
            return body;
          }),
          catchError((error: unknown) =>
            from(this.store.abandon(scope, key).catch(() => undefined)).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
    }
  }

  /**
   * The request has succeeded: failing it now because the record cannot be written would
   * invite a retry of something already done. The key stays "in progress" until it times out.
   */
  private async remember(scope: string, key: string, stored: StoredResponse): Promise<void> {
    try {
      await this.store.complete(scope, key, stored);
    } catch (error) {
      this.logger.warn(`could not store an idempotent response: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function replayedHeadersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.getHeader(name);
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/**
 * The caller the auth guard put on the request (libs/auth sets `request.user`); read by shape
 * here so the HTTP conventions need nothing of libs/auth.
 */
function callerOf(request: Request): { id: string; organisation: string } | undefined {
  const user = (request as Request & { user?: { id?: unknown; organisation?: unknown } }).user;
  return typeof user?.id === 'string' && typeof user.organisation === 'string' ? { id: user.id, organisation: user.organisation } : undefined;
}
