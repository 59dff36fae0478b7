import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { pathOf, routeOf } from '../http/route-of';
import { requestIdOf } from '../logging/request-id';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/** What a 503 asks the client to wait: a store outage is usually seconds. */
const RETRY_AFTER_UNAVAILABLE_SECONDS = 2;

/** Every error leaves as application/problem+json; 5xx are logged with their stack, never sent. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const requestId = requestIdOf(request);
    const problem = toProblem(exception, { method: request.method, path: pathOf(request), requestId });

    if (problem.status >= HttpStatus.INTERNAL_SERVER_ERROR) {
      this.logger.error({ err: exception, requestId, route: routeOf(request) ?? null }, 'request failed with an unexpected error');
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(problem.status).setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    if (problem.status === HttpStatus.UNAUTHORIZED && !response.getHeader('WWW-Authenticate')) {
      response.setHeader('WWW-Authenticate', 'Bearer');
    }
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After')) {
      response.setHeader('Retry-After', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
    }
    response.send(JSON.stringify(problem));
  }
}
