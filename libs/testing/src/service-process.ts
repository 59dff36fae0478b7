import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');

/**
 * Every service process a test started and has not seen exit. When a test fails half-way
 * (one service of several did not start), its siblings would outlive the test run: they are
 * killed when the test process exits, whatever happened.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export interface RunningService {
  name: string;
  baseUrl: string;
  process: ChildProcess;
  logFile: string;
  /** SIGTERM, wait for a clean exit; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartServiceOptions {
  name: string;
  port: number;
  env?: Record<string, string>;
  /** How long to wait for /health/ready. */
  readyTimeoutMs?: number;
  /** Resolve once /health/live answers instead (for tests of not-ready states). */
  waitFor?: 'ready' | 'live';
}

/**
 * Starts a built service (dist/) as a separate OS process, as `npm start` does, and waits
 * until it reports ready. End-to-end tests use this so they exercise the real processes.
 */
export async function startService(options: StartServiceOptions): Promise<RunningService> {
  const entry = path.join(WORKSPACE_ROOT, 'dist/services', options.name, 'src/main.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: build first (node scripts/build.mjs; npm test does it)`);
  }
  const logDir = path.join(WORKSPACE_ROOT, '.data/logs/test');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${options.name}-${options.port}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, PORT: String(options.port), LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const service: RunningService = {
    name: options.name,
    baseUrl,
    process: child,
    logFile,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  const probe = options.waitFor === 'live' ? '/health/live' : '/health/ready';
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${options.name} exited with ${child.exitCode} before it was ready; see ${logFile}`);
    }
    try {
      const response = await fetch(baseUrl + probe);
      if (response.ok) return service;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await service.stop('SIGKILL');
      throw new Error(`${options.name} not ${options.waitFor ?? 'ready'} in time; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Polls `probe` until it returns a value (not undefined) or the time runs out. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
