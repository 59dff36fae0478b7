import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { bootstrapService, type BaseServiceConfig, type BootstrapServiceOptions } from '@career/platform';

/** Log lines kept in memory, so a test can check that no personal data was logged. */
export class LogLines extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
    callback();
  }
}

export interface InProcessService {
  app: INestApplication;
  baseUrl: string;
  logs: LogLines;
}

/**
 * A service booted in the test's process exactly as its main.ts boots it (on a free port of
 * 127.0.0.1, no signal handlers, logs kept in memory), returned once `/health/ready` answers:
 * a missing server makes the test fail naming the failing check, never skip.
 */
export async function bootInProcess<C extends BaseServiceConfig>(
  options: Omit<BootstrapServiceOptions<C>, 'port' | 'host' | 'logDestination' | 'handleSignals'>,
  readyTimeoutMs = 30_000,
): Promise<InProcessService> {
  const logs = new LogLines();
  const app = await bootstrapService({ ...options, port: 0, host: '127.0.0.1', logDestination: logs, handleSignals: false });
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  await waitUntilReady(options.name, baseUrl, readyTimeoutMs);
  return { app, baseUrl, logs };
}

/** Polls `/health/ready` until it answers 200; fails with the last readiness report. */
export async function waitUntilReady(name: string, baseUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/health/ready`);
    if (response.ok) return;
    last = await response.text();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} not ready within ${timeoutMs} ms (start the servers with bash infra/local/up.sh): ${last}`);
}
