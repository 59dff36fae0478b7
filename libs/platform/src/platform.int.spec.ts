import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { bootstrapService } from './bootstrap/bootstrap-service';
import { LogCapture } from './test-support/log-capture';
import { FlakyDependency, WidgetsFixtureModule } from './test-support/widgets.fixture';

// The platform over real HTTP: a tiny service booted exactly as services boot, on a free port.
describe('platform (in-process service over HTTP)', () => {
  let app: INestApplication;
  let baseUrl: string;
  const logs = new LogCapture();

  beforeAll(async () => {
    app = await bootstrapService({
      name: 'widgets',
      rootModule: WidgetsFixtureModule,
      defaultPort: 3999,
      port: 0,
      host: '127.0.0.1',
      env: { LOG_LEVEL: 'info' },
      logDestination: logs,
      handleSignals: false,
    });
    const { port } = app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await app?.close();
  });

  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await response.json()) as Record<string, unknown>;
  };

  it('answers /health/live without a token and returns a generated request id', async () => {
    const response = await fetch(`${baseUrl}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('honours a plain x-request-id and replaces one that is not', async () => {
    const honoured = await fetch(`${baseUrl}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
    expect(honoured.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await fetch(`${baseUrl}/health/live`, { headers: { 'x-request-id': 'name=Matti Meikäläinen' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports readiness 503 naming the failing check, then 200 once it recovers', async () => {
    const dependency = app.get(FlakyDependency);
    const ok = await fetch(`${baseUrl}/health/ready`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', checks: { 'flaky-dependency': { status: 'ok' } } });

    dependency.healthy = false;
    try {
      const failing = await fetch(`${baseUrl}/health/ready`);
      expect(failing.status).toBe(503);
      const body = (await failing.json()) as { status: string; checks: Record<string, { status: string; reason?: string }> };
      expect(body.status).toBe('error');
      expect(body.checks['flaky-dependency'].status).toBe('error');
      expect(body.checks['flaky-dependency'].reason).toContain('ECONNREFUSED');
      expect(JSON.stringify(body)).not.toContain('s3cret');
    } finally {
      dependency.healthy = true;
    }

    const recovered = await fetch(`${baseUrl}/health/ready`);
    expect(recovered.status).toBe(200);
  });

  it('serves Prometheus metrics without a token, with request durations by route pattern', async () => {
    await fetch(`${baseUrl}/api/v1/widgets/7c4c5b4e-3f57-4a43-9a47-6b1f1f0e6c11`);
    const response = await fetch(`${baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    const countLine = text
      .split('\n')
      .find((line) => line.startsWith('http_request_duration_seconds_count{') && line.includes('route="/api/v1/widgets/:widgetId"'));
    expect(countLine).toBeDefined();
    for (const label of ['method="GET"', 'status_code="404"', 'service="widgets"']) expect(countLine).toContain(label);
    expect(countLine).toMatch(/ 1$/);
    expect(text).not.toContain('7c4c5b4e');
  });

  it('serves the OpenAPI document at /docs-json with bearer auth declared, and the UI at /docs', async () => {
    const response = await fetch(`${baseUrl}/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      info: { title: string };
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
      security: unknown[];
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('widgets');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/widgets', '/health/ready']));
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ bearer: [] }]);
    // Probes need no token, and the document says so.
    expect(document.paths['/health/live']).toMatchObject({ get: { security: [] } });

    const ui = await fetch(`${baseUrl}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });

  it('sends security headers: a strict CSP on the API, and one /docs still works under (own scripts only, no inline script)', async () => {
    const api = await fetch(`${baseUrl}/health/live`);
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
    expect(api.headers.get('x-powered-by')).toBeNull();
    const refused = await fetch(`${baseUrl}/api/v1/nothing-here`);
    expect(refused.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);

    const ui = await fetch(`${baseUrl}/docs/`);
    expect(ui.status).toBe(200);
    const csp = ui.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    const html = await ui.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      // CSP script-src 'self' runs no inline script: every script must be a file of the service.
      expect(body.trim()).toBe('');
      const src = /src=["']([^"']+)["']/.exec(attributes)?.[1];
      expect(src).toBeDefined();
      const asset = await fetch(new URL(src!, `${baseUrl}/docs/`));
      expect([src, asset.status]).toEqual([src, 200]);
    }
    for (const href of [...html.matchAll(/<link[^>]*href=["']([^"']+)["']/g)].map((match) => match[1])) {
      expect([href, (await fetch(new URL(href, `${baseUrl}/docs/`))).status]).toEqual([href, 200]);
    }
  });

  it('refuses an invalid body with 400 problem+json naming each field, never echoing values', async () => {
    const response = await fetch(`${baseUrl}/api/v1/widgets?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 42, size: 0, address: { postalCode: 33100 }, hetu: '131052-308T' }),
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 400, title: 'Bad Request', instance: '/api/v1/widgets' });
    expect(problem.type).toEqual(expect.any(String));
    expect(problem.detail).toEqual(expect.any(String));
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'firstName', reason: 'must be a string' },
        { field: 'size', reason: 'must not be less than 1' },
        { field: 'address.postalCode', reason: 'must be a string' },
        { field: 'hetu', reason: 'should not exist' },
      ]),
    );
    expect(JSON.stringify(problem)).not.toContain('131052-308T');
  });

  it('refuses control characters, bidi overrides and lone surrogates anywhere, and line breaks in single-line fields, naming the field', async () => {
    const post = (body: string) => fetch(`${baseUrl}/api/v1/widgets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    for (const [body, field, reason] of [
      [JSON.stringify({ firstName: 'Matti\u0000' }), 'firstName', 'must not contain control characters or bidirectional overrides'],
      [JSON.stringify({ firstName: 'Matti', address: { postalCode: '\u001b[2J' } }), 'address.postalCode', 'must not contain control characters or bidirectional overrides'],
      [JSON.stringify({ firstName: 'Matti \u202etxt.exe' }), 'firstName', 'must not contain control characters or bidirectional overrides'],
      ['{"firstName": "Matti \\ud800"}', 'firstName', 'must not contain unpaired surrogate code units'],
      [JSON.stringify({ firstName: 'Matti\r\nX-Injected: 1' }), 'firstName', 'must be a single line (no tabs or line breaks)'],
    ] as const) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect((await problemOf(response)).errors).toEqual([{ field, reason }]);
    }
    const multiline = await post(JSON.stringify({ firstName: 'Åsa', notes: 'First line\nsecond line' }));
    expect(multiline.status).toBe(201);
  });

  it('converts and accepts a valid body', async () => {
    const response = await fetch(`${baseUrl}/api/v1/widgets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'Matti', size: 3 }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ created: true, size: 3 });
  });

  it('answers a malformed JSON body with 400 problem+json', async () => {
    const response = await fetch(`${baseUrl}/api/v1/widgets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"firstName": "Matti",',
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 400, instance: '/api/v1/widgets', detail: 'The request body is not valid JSON.' });
    expect(JSON.stringify(problem)).not.toContain('Matti');
  });

  it('answers a body nested 4,000 levels deep (8 KB) with 400 naming the body, never 500', async () => {
    const body = '['.repeat(4_000) + ']'.repeat(4_000);
    const response = await fetch(`${baseUrl}/api/v1/widgets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 400, type: 'urn:career:problem:validation', errors: [{ field: 'body', reason: 'must not nest more than 32 levels deep' }] });
    const nested = `{"a":${'{"a":'.repeat(4_000)}1${'}'.repeat(4_001)}`;
    expect((await fetch(`${baseUrl}/api/v1/widgets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: nested })).status).toBe(400);
  });

  it('answers an unknown route with 404 problem+json without the query string', async () => {
    const response = await fetch(`${baseUrl}/api/v1/nothing-here?email=someone@example.fi`);
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/v1/nothing-here' });
    expect(JSON.stringify(problem)).not.toContain('someone@example.fi');
  });

  it('maps DomainError kinds to 404 and 409 with code and details', async () => {
    const id = '7c4c5b4e-3f57-4a43-9a47-6b1f1f0e6c11';
    const notFound = await fetch(`${baseUrl}/api/v1/widgets/${id}`);
    expect(notFound.status).toBe(404);
    expect(await problemOf(notFound)).toMatchObject({ code: 'WIDGET.NOT_FOUND', details: { widgetId: id }, instance: `/api/v1/widgets/${id}` });

    const conflict = await fetch(`${baseUrl}/api/v1/widgets/${id}/lock`, { method: 'POST' });
    expect(conflict.status).toBe(409);
    expect(await problemOf(conflict)).toMatchObject({
      status: 409,
      code: 'WIDGET.ALREADY_LOCKED',
      detail: 'The widget is locked already.',
      details: { lockedBy: 'advisor' },
    });
  });

  it('maps a stale revision to 412 and a bad path parameter to 400', async () => {
    const stale = await fetch(`${baseUrl}/api/v1/widgets/7c4c5b4e-3f57-4a43-9a47-6b1f1f0e6c11`, { method: 'PUT' });
    expect(stale.status).toBe(412);
    expect(await problemOf(stale)).toMatchObject({ status: 412, title: 'Precondition Failed', currentRevision: 5 });

    const badId = await fetch(`${baseUrl}/api/v1/widgets/not-a-uuid`);
    expect(badId.status).toBe(400);
    await problemOf(badId);
  });

  it('answers an unexpected error with a bare 500 and logs it with the request id', async () => {
    const response = await fetch(`${baseUrl}/api/v1/widgets/actions/explode`, { method: 'POST', headers: { 'x-request-id': 'boom-1' } });
    expect(response.status).toBe(500);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 500, detail: 'An unexpected error occurred.', requestId: 'boom-1' });
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    const logged = logs.records().find((r) => r.requestId === 'boom-1' && r.msg === 'request failed with an unexpected error');
    expect(logged).toBeDefined();
  });

  it('logs one line per request with method, route, status, duration and request id; no personal data, headers or bodies', async () => {
    const response = await fetch(`${baseUrl}/api/v1/widgets?lastName=Virtanen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-check-1', authorization: 'Bearer secret-token-value' },
      body: JSON.stringify({ firstName: 'Maija', address: { postalCode: '00100' } }),
    });
    expect(response.status).toBe(201);
    await new Promise((resolve) => setImmediate(resolve));

    const requestLine = logs.records().find((r) => r.requestId === 'log-check-1' && r.msg === 'request completed');
    expect(requestLine).toMatchObject({
      level: 'info',
      service: 'widgets',
      route: '/api/v1/widgets',
      req: { id: 'log-check-1', method: 'POST', path: '/api/v1/widgets' },
      res: { statusCode: 201 },
      durationMs: expect.any(Number),
    });
    const appLine = logs.records().find((r) => r.requestId === 'log-check-1' && r.msg === 'widget created');
    expect(appLine).toMatchObject({ email: '[redacted]', widget: { firstName: '[redacted]', address: '[redacted]' } });

    for (const secret of ['Maija', 'matti.meikalainen@example.fi', 'Virtanen', 'secret-token-value']) {
      expect(logs.text).not.toContain(secret);
    }
  });

  it('logged `service ready` with the port', () => {
    const ready = logs.records().find((r) => r.msg === 'service ready');
    expect(ready).toMatchObject({ service: 'widgets', port: Number(new URL(baseUrl).port) });
  });
});
