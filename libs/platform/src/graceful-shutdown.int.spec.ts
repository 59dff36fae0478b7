import path from 'node:path';
import { runTypeScript, waitForOutput } from './test-support/run-typescript';

const serviceMain = path.join(__dirname, 'test-support', 'shutdown-service.main.ts');
const envWith = (variables: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, LOG_LEVEL: 'info', PORT: '0', ...variables });
const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

// Real processes and real signals: what a container runtime does to a service.
describe('service process lifecycle', () => {
  it('on SIGTERM runs the shutdown hooks, then exits by the signal', async () => {
    const service = runTypeScript(serviceMain, [], envWith({ FIXTURE_SHUTDOWN_HOOK_MS: '200', SHUTDOWN_TIMEOUT_MS: '10000' }));
    await waitForOutput(service, (out) => out.includes('"service ready"'));
    const ready = lines(service.stdout()).find((l) => l.msg === 'service ready');
    expect(ready).toMatchObject({ service: 'shutdown-fixture', port: expect.any(Number) });
    const live = await fetch(`http://127.0.0.1:${ready!.port as number}/health/live`);
    expect(live.status).toBe(200);

    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: null, signal: 'SIGTERM' });
    const messages = lines(service.stdout()).map((l) => l.msg);
    expect(messages).toContain('shutting down');
    expect(lines(service.stdout()).find((l) => l.msg === 'consumer left its group')).toMatchObject({ signal: 'SIGTERM' });
    expect(messages).not.toContain('shutdown did not finish in time; exiting');
  }, 30_000);

  it('exits 1 when shutting down outlasts SHUTDOWN_TIMEOUT_MS', async () => {
    const service = runTypeScript(serviceMain, [], envWith({ FIXTURE_SHUTDOWN_HOOK_MS: '60000', SHUTDOWN_TIMEOUT_MS: '500' }));
    await waitForOutput(service, (out) => out.includes('"service ready"'));
    const started = Date.now();
    service.child.kill('SIGINT');
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - started).toBeLessThan(10_000);
    const fatal = lines(service.stdout()).find((l) => l.msg === 'shutdown did not finish in time; exiting');
    expect(fatal).toMatchObject({ level: 'fatal', timeoutMs: 500 });
    expect(service.stdout()).not.toContain('consumer left its group');
  }, 30_000);

  it('refuses to start on invalid configuration with one line naming each bad variable, without its value', async () => {
    const service = runTypeScript(
      serviceMain,
      [],
      envWith({ PORT: 'eighty', EVENT_STORE: 'mysql', MONGO_URL: 'postgres://admin:topsecret@db/x' }),
    );
    expect(await service.exited).toEqual({ code: 1, signal: null });
    const output = lines(service.stdout());
    expect(output).toHaveLength(1);
    expect(output[0]).toMatchObject({ level: 'fatal', service: 'shutdown-fixture' });
    const message = output[0].msg as string;
    expect(message).toContain('Invalid configuration (3 variables)');
    expect(message).toMatch(/PORT: must be an integer number/);
    expect(message).toMatch(/EVENT_STORE: must be one of the following values: sqlite, esdb/);
    expect(message).toMatch(/MONGO_URL: must be a mongodb/);
    expect(service.stdout()).not.toContain('topsecret');
    expect(service.stdout()).not.toContain('eighty');
  }, 30_000);
});
