import { HealthRegistry, safeReason } from './health-registry';

describe('HealthRegistry', () => {
  it('is ready with no checks and reports each registered check', async () => {
    const registry = new HealthRegistry();
    expect(await registry.check()).toEqual({ status: 'ok', checks: {} });
    registry.register('event-store', async () => undefined);
    registry.register('kafka', async () => {
      throw new Error('broker 127.0.0.1:9092 unreachable');
    });
    expect(await registry.check()).toEqual({
      status: 'error',
      checks: { 'event-store': { status: 'ok' }, kafka: { status: 'error', reason: 'broker 127.0.0.1:9092 unreachable' } },
    });
  });

  it('fails a check that hangs past its timeout', async () => {
    const registry = new HealthRegistry();
    registry.register('mongodb', () => new Promise(() => undefined), { timeoutMs: 20 });
    expect(await registry.check()).toEqual({ status: 'error', checks: { mongodb: { status: 'error', reason: 'no answer within 20 ms' } } });
  });

  it('counts a check that throws synchronously as failed', async () => {
    const registry = new HealthRegistry();
    registry.register('sync', () => {
      throw new Error('boom');
    });
    expect((await registry.check()).checks.sync).toEqual({ status: 'error', reason: 'boom' });
  });

  it('refuses a duplicate name', () => {
    const registry = new HealthRegistry();
    registry.register('kafka', async () => undefined);
    expect(() => registry.register('kafka', async () => undefined)).toThrow('already registered');
  });

  it('turns not ready once shutdown starts', async () => {
    const registry = new HealthRegistry();
    registry.markShuttingDown();
    expect(await registry.check()).toEqual({ status: 'error', checks: { shutdown: { status: 'error', reason: 'service is shutting down' } } });
  });

  it('removes credentials from reasons and keeps them short', () => {
    expect(safeReason(new Error('auth failed for mongodb://career:s3cret@db:27017/x'))).toBe('auth failed for mongodb://***@db:27017/x');
    expect(safeReason(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(301);
  });
});
