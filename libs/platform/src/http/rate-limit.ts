import { HttpException, HttpStatus, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { BaseServiceConfig } from '../config/base-service.config';

/** Too many requests from one token: 429 with Retry-After (seconds). */
export class RateLimitedError extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests for this token; retry after ${retryAfterSeconds} s.`, HttpStatus.TOO_MANY_REQUESTS);
    this.name = 'RateLimitedError';
  }
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per caller: `ratePerSecond` requests a second on average, bursts up to
 * `burst`. In-process (each instance counts its own); enough to stop one runaway client or a
 * leaked token from starving the others.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly maxCallers = 50_000,
  ) {}

  /** 0 when the request may go ahead (and is counted), else the seconds until it may. */
  take(caller: string, now: number): number {
    const bucket = this.buckets.get(caller) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.ratePerSecond);
    bucket.updatedAt = now;
    if (this.buckets.size >= this.maxCallers && !this.buckets.has(caller)) this.buckets.clear();
    this.buckets.set(caller, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerSecond));
  }
}

/**
 * Per-token rate limit on every authenticated route (RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST;
 * 0 turns it off). Runs after the auth guard, so it counts verified callers, keyed by
 * organisation, role and subject; unauthenticated routes (health, metrics) are not limited.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private readonly buckets: TokenBuckets | undefined;

  constructor(@Inject(BaseServiceConfig) config: BaseServiceConfig) {
    this.buckets = config.RATE_LIMIT_PER_SECOND > 0 ? new TokenBuckets(config.RATE_LIMIT_PER_SECOND, Math.max(1, config.RATE_LIMIT_BURST)) : undefined;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.buckets && context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request>();
      const user = (request as Request & { user?: { id?: unknown; role?: unknown; organisation?: unknown } }).user;
      if (typeof user?.id === 'string') {
        const wait = this.buckets.take(`${String(user.organisation)}/${String(user.role)}/${user.id}`, Date.now());
        if (wait > 0) {
          context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(wait));
          throw new RateLimitedError(wait);
        }
      }
    }
    return next.handle();
  }
}
