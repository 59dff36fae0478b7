import { BadGatewayException, ServiceUnavailableException } from '@nestjs/common';
import { expectedRevisionOf } from '../http/conditional-requests';

export interface InternalGetOptions {
  /** The called service's name, for error messages (never the URL's id or the response). */
  service: string;
  baseUrl: string;
  /** Path with ids already URL-encoded, e.g. `/internal/v1/clients/<uuid>/contact`. */
  path: string;
  token: string;
  timeoutMs: number;
  correlationId?: string;
}

/** `found: false` when the resource does not exist there (404 or 410). */
export type InternalGetResult = { found: true; body: unknown; etag?: string } | { found: false };

/**
 * GET on another service's internal API with a service token and a deadline. Failures become
 * problem+json the caller can act on: 503 when the service cannot be reached or is too slow
 * (retry later), 502 when it answers wrongly. Messages name the service only: no ids, no
 * response bodies (they may hold personal data).
 */
export async function getInternalJson(options: InternalGetOptions): Promise<InternalGetResult> {
  const { service, baseUrl, path, token, timeoutMs } = options;
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl), {
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(options.correlationId ? { 'x-correlation-id': options.correlationId } : {}),
      },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = isTimeout(error);
    throw new ServiceUnavailableException(
      timedOut ? `${service} did not answer within ${timeoutMs} ms; try again later.` : `${service} is unavailable; try again later.`,
    );
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return { found: false };
  }
  if (!response.ok) {
    await response.body?.cancel();
    if (response.status === 503 || response.status === 429) throw new ServiceUnavailableException(`${service} is unavailable; try again later.`);
    throw new BadGatewayException(`${service} refused the request (HTTP ${response.status}).`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (isTimeout(error)) {
      throw new ServiceUnavailableException(`${service} did not answer within ${timeoutMs} ms; try again later.`);
    }
    throw new BadGatewayException(`${service} answered with something that is not JSON.`);
  }
  const etag = response.headers.get('etag') ?? undefined;
  return { found: true, body, ...(etag ? { etag } : {}) };
}

/**
 * `"12"` / `W/"12"` -> 12: the stream revision the owners send as ETag, read by the one rule
 * of libs/platform. Anything else is no revision (the answer's body may still carry one).
 */
export function revisionOfEtag(etag: string | undefined): number | undefined {
  try {
    return expectedRevisionOf(etag);
  } catch {
    return undefined;
  }
}

/** The dependency answered 2xx with a body this service cannot use: its contract and ours differ. */
export function malformedAnswer(service: string, what: string): BadGatewayException {
  return new BadGatewayException(`${service} answered with an unexpected ${what}.`);
}

/** By name: the DOMException fetch throws need not be an `Error` of this realm. */
function isTimeout(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError';
}
