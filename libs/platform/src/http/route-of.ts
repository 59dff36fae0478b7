import type { IncomingMessage } from 'node:http';

/**
 * The route pattern that served a request (`/api/v1/clients/:clientId`), known once express
 * has routed it; undefined for requests no route matched. Logs and metric labels use the
 * pattern, not the URL: bounded label values, and no ids or query strings in them.
 */
export function routeOf(request: IncomingMessage): string | undefined {
  const { route, baseUrl } = request as IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };
  if (typeof route?.path !== 'string' || CATCH_ALL_ROUTES.has(route.path)) return undefined;
  return `${baseUrl ?? ''}${route.path}`;
}

/** Nest answers unknown paths from a catch-all route: that is "no route", not a route. */
const CATCH_ALL_ROUTES = new Set(['/{*path}', '*', '/*', '(.*)']);

/** The request's path without its query string (queries may carry search terms). */
export function pathOf(request: IncomingMessage): string {
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
