import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import { ConcurrencyRetriesExhaustedError, DomainError, WrongExpectedRevisionError } from '@career/event-sourcing';
import type { ProblemDetails } from './problem-details';
import { isUnavailable } from './unavailable';
import { RequestValidationError } from './validation';

export interface ProblemRequest {
  method: string;
  /** Path without query string. */
  path: string;
  requestId?: string;
}

const DOMAIN_ERROR_STATUS: Record<DomainError['kind'], number> = {
  conflict: HttpStatus.CONFLICT,
  'not-found': HttpStatus.NOT_FOUND,
  invalid: HttpStatus.BAD_REQUEST,
};

/** Maps anything thrown while serving a request to the problem+json body the caller sees. */
export function toProblem(exception: unknown, request: ProblemRequest): ProblemDetails {
  const base = (status: number, detail: string, type = 'about:blank'): ProblemDetails => ({
    type,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: request.path,
    ...(request.requestId ? { requestId: request.requestId } : {}),
  });

  if (exception instanceof RequestValidationError) {
    return {
      ...base(HttpStatus.BAD_REQUEST, 'The request is invalid; see `errors` for each field.', 'urn:career:problem:validation'),
      errors: exception.errors,
    };
  }
  if (isDomainError(exception)) {
    return {
      ...base(DOMAIN_ERROR_STATUS[exception.kind] ?? HttpStatus.CONFLICT, exception.message, `urn:career:problem:${exception.code}`),
      code: exception.code,
      details: exception.details,
    };
  }
  if (exception instanceof WrongExpectedRevisionError) {
    return {
      ...base(
        HttpStatus.PRECONDITION_FAILED,
        'The resource changed since it was read: fetch it again and retry with its current ETag.',
        'urn:career:problem:stale-revision',
      ),
      currentRevision: exception.actual,
    };
  }
  if (exception instanceof ConcurrencyRetriesExhaustedError) {
    return base(HttpStatus.CONFLICT, 'Too many concurrent changes to the same resource; retry.', 'urn:career:problem:concurrent-modification');
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return base(status, httpExceptionDetail(exception, status, request));
  }
  const parserError = bodyParserError(exception);
  if (parserError) return base(parserError.status, parserError.detail);
  if (isUnavailable(exception)) {
    return base(HttpStatus.SERVICE_UNAVAILABLE, 'A store this service depends on is unavailable; nothing was changed. Try again shortly.', 'urn:career:problem:unavailable');
  }
  return base(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred.');
}

function isDomainError(exception: unknown): exception is DomainError {
  // `name` as well as instanceof: a second copy of the lib (e.g. in dist/) has its own class.
  return (
    exception instanceof DomainError ||
    (exception instanceof Error && exception.name === 'DomainError' && typeof (exception as DomainError).code === 'string')
  );
}

function httpExceptionDetail(exception: HttpException, status: number, request: ProblemRequest): string {
  if (status >= 500) return status === 500 ? 'An unexpected error occurred.' : exception.message;
  const response = exception.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  // Nest's own 404 for an unknown route echoes the whole URL, query string included.
  if (status === 404 && /^Cannot [A-Z]+ /.test(text)) return `No route matches ${request.method} ${request.path}.`;
  return text;
}

/** body-parser's errors (http-errors): malformed JSON, too large, bad charset. */
function bodyParserError(exception: unknown): { status: number; detail: string } | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { type, status, expose } = exception as { type?: unknown; status?: unknown; expose?: unknown };
  if (type === 'entity.parse.failed') return { status: 400, detail: 'The request body is not valid JSON.' };
  if (type === 'entity.too.large') return { status: 413, detail: 'The request body is too large.' };
  if (expose === true && typeof status === 'number' && status >= 400 && status < 500) {
    return { status, detail: STATUS_CODES[status] ?? 'The request was refused.' };
  }
  return undefined;
}
