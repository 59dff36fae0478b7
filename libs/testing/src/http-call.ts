export interface HttpCallOptions {
  token?: string;
  /** Sent as JSON; a string is sent as it is (to test malformed bodies). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HttpCallResponse {
  status: number;
  headers: Headers;
  /** The parsed body; `{}` when the body is empty or not JSON (CSV, XLSX, HTML, iCalendar). */
  json: Record<string, unknown>;
  text: string;
  body: Buffer;
}

/** One HTTP call to a service under test, with a bearer token and a JSON body. */
export async function httpCall(baseUrl: string, method: string, route: string, options: HttpCallOptions = {}): Promise<HttpCallResponse> {
  const response = await fetch(baseUrl + route, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const text = body.toString('utf8');
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // not JSON: tests look at `text` or `body`
  }
  return { status: response.status, headers: response.headers, json, text, body };
}
