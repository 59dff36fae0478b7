/**
 * Errors that say a store the service depends on cannot be used right now, not that the request
 * or the code is wrong: the SQLite event store's disk is full, its file stayed locked past the
 * busy timeout, or an I/O error occurred; MongoDB (FerretDB locally) cannot be reached. Nothing
 * was acknowledged, so the work can simply be done again later:
 * - a request answers 503 with Retry-After (a retry with the same Idempotency-Key is safe);
 * - a consumer keeps retrying the message instead of dead-lettering it, since the same message
 *   will succeed once the store is back (docs/architecture.md#the-rules, stuck is not transient).
 */
export function isUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; current = (current as { cause?: unknown }).cause, depth++) {
    if (isSqliteUnavailable(current) || isMongoUnavailable(current) || isSocketUnavailable(current)) return true;
  }
  return false;
}

/** SQLite primary result codes: BUSY 5, LOCKED 6, IOERR 10, FULL 13 (extended codes keep them in the low byte). */
const SQLITE_UNAVAILABLE: ReadonlySet<number> = new Set([5, 6, 10, 13]);

function isSqliteUnavailable(error: unknown): boolean {
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' && SQLITE_UNAVAILABLE.has(errcode & 0xff);
}

/** The MongoDB driver's "cannot reach the server" errors, by name (a second copy of the driver has its own classes). */
const MONGO_UNAVAILABLE: ReadonlySet<string> = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

function isMongoUnavailable(error: unknown): boolean {
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (typeof name !== 'string') return false;
  // mongoose queues operations while disconnected and fails them after its buffer timeout.
  return MONGO_UNAVAILABLE.has(name) || (name === 'MongooseError' && typeof message === 'string' && /buffering timed out/.test(message));
}

/**
 * Node's own errors of a connection the other side closed or refused. The MongoDB driver passes
 * one on unwrapped when it writes a command to a socket FerretDB closed as it died: a plain
 * `Error` "This socket has been ended by the other party" with code EPIPE (seen by the fault
 * suite's FerretDB kill, which a registration then answered with 500).
 */
const SOCKET_UNAVAILABLE: ReadonlySet<string> = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED']);

function isSocketUnavailable(error: unknown): boolean {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && SOCKET_UNAVAILABLE.has(code);
}
