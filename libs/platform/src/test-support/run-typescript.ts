import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Lets the child run TypeScript; by path, as infra libs cannot import @career/testing. */
const TS_REGISTER = path.resolve(__dirname, '../../../testing/src/child-process/ts-register.js');

export interface RunningChild {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code, or the signal name the process died of. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a TypeScript file of this repo in its own Node process (compiled on require by SWC). */
export function runTypeScript(file: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): RunningChild {
  const child = spawn(process.execPath, ['-r', TS_REGISTER, file, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits until `predicate` holds for the child's stdout, or fails after `timeoutMs`. */
export async function waitForOutput(running: RunningChild, predicate: (stdout: string) => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(running.stdout())) {
    if (running.child.exitCode !== null || running.child.signalCode !== null) {
      throw new Error(`child exited before the expected output:\n${running.stdout()}\n${running.stderr()}`);
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for child output:\n${running.stdout()}\n${running.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
