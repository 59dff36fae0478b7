import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { pathOf } from './route-of';

/**
 * The API answers JSON, files and one printable page: nothing it serves may load or run
 * anything, be framed, or be sniffed as another type. (A route that serves a page of its own,
 * such as outcomes-reporting's summary.html, sets a CSP of its own, which replaces this one.)
 */
const API_CSP = {
  useDefaults: false,
  directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
};

/**
 * Swagger UI at /docs: its scripts and stylesheet come from the service itself, it writes
 * inline styles and uses data: images, and "Try it out" calls the same origin. No
 * upgrade-insecure-requests: a developer reads the docs over plain http on 127.0.0.1, where an
 * upgrade to https would break every asset (TLS is the deployment's front's job, with HSTS).
 */
const DOCS_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

const isDocs = (path: string) => path === '/docs' || path.startsWith('/docs/');

/**
 * Security headers on every answer (helmet): Strict-Transport-Security, X-Content-Type-Options
 * nosniff, Referrer-Policy no-referrer, X-Frame-Options, Cross-Origin-*-Policy and a
 * Content-Security-Policy, strict for the API and relaxed just enough for the Swagger UI.
 */
export function securityHeaders(): RequestHandler {
  const api = helmet({ contentSecurityPolicy: API_CSP, xFrameOptions: { action: 'deny' } });
  const docs = helmet({ contentSecurityPolicy: DOCS_CSP, xFrameOptions: { action: 'deny' } });
  return (request, response, next) => (isDocs(pathOf(request)) ? docs : api)(request, response, next);
}
