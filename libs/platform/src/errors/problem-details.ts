/** RFC 9457 problem details, with the extension members this project uses. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path, without its query string. */
  instance: string;
  /** Validation failures: one entry per field, nested fields dotted (`address.postalCode`). */
  errors?: FieldError[];
  /** The DomainError code, e.g. `CLIENT.ALREADY_REGISTERED`. */
  code?: string;
  details?: Record<string, unknown>;
  requestId?: string;
  [extension: string]: unknown;
}

export interface FieldError {
  field: string;
  reason: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
