import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { pathOf, routeOf } from '../http/route-of';
import { REQUEST_ID_HEADER, resolveRequestId } from './request-id';

/** Probes and scrapes every few seconds would drown the request log. */
const UNLOGGED_PATHS = /^\/(health\/(live|ready)|metrics)\/?$/;

/**
 * pino-http settings: one line per request with method, route, path (no query string),
 * status, duration and request id. Headers and bodies are never serialised; log lines
 * written while handling a request carry only `requestId`.
 */
export function httpLoggingOptions(logger: Logger): Options {
  return {
    logger,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const id = resolveRequestId(request.headers[REQUEST_ID_HEADER]);
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (request: IncomingMessage) => UNLOGGED_PATHS.test(pathOf(request)) },
    serializers: {
      req: (request: { id?: unknown; method?: string; raw: IncomingMessage }) => ({
        id: request.id,
        method: request.method,
        path: pathOf(request.raw),
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (request: IncomingMessage, _response: ServerResponse, value: object) => ({
      ...value,
      route: routeOf(request) ?? null,
    }),
    // The exception filter logs the real error with its stack; pino-http's stand-in
    // ("failed with status code 500") would only add noise.
    customErrorObject: (request: IncomingMessage, _response: ServerResponse, _error: Error, value: { err?: unknown }) => {
      const { err: _standIn, ...rest } = value;
      return { ...rest, route: routeOf(request) ?? null };
    },
  };
}
