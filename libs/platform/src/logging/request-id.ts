import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is kept only when it is short and plain, so it cannot smuggle data into logs. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function resolveRequestId(header: string | string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate !== undefined && ACCEPTABLE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

export function requestIdOf(request: Request): string | undefined {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** Express middleware, first in the chain: every request has `req.id` and echoes it back. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const id = resolveRequestId(request.headers[REQUEST_ID_HEADER]);
  (request as Request & { id?: string }).id = id;
  response.setHeader(REQUEST_ID_HEADER, id);
  next();
}

/** The request id (honoured `x-request-id` or generated), e.g. for `CommandContext.requestId`. */
export const RequestId = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  requestIdOf(context.switchToHttp().getRequest<Request>()),
);
