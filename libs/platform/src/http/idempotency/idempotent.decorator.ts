import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Honours `Idempotency-Key` on this route (see IdempotencyInterceptor). Needs MongoModule
 * (the records live in the service's own database, collection `idempotency_keys`).
 */
export const Idempotent = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes a retry safe: the same key with the same request replays the first response (for 24 h); with a different request it is refused (422).',
    }),
  );
