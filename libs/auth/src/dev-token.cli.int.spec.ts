import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TokenVerifier } from './token-verifier';

const register = path.resolve(__dirname, '../../testing/src/child-process/ts-register.js');
const cli = path.join(__dirname, 'dev-token.cli.ts');

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', register, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dev-token CLI (separate process)', () => {
  let directory: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'career-dev-token-'));
    env = { ...process.env, AUTH_DEV_KEY_PATH: path.join(directory, 'auth', 'dev-key.json'), AUTH_JWKS_URL: '' };
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('prints only a token, which the services accept', async () => {
    const result = await runCli(['--role', 'advisor', '--org', '0100', '--sub', 'advisor-9', '--ttl', '1h'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const verifier = await TokenVerifier.create({ devKeyPath: env.AUTH_DEV_KEY_PATH!, issuer: 'career-dev', audience: 'career-api' });
    await expect(verifier.verify(result.stdout.trim())).resolves.toEqual({ id: 'advisor-9', role: 'advisor', organisation: '0100' });
  }, 30_000);

  it('exits 2 with the usage on bad arguments, printing nothing on stdout', async () => {
    const result = await runCli(['--role', 'boss', '--org', '0100'], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--role must be one of advisor, coordinator, reporter, admin, service');
    expect(result.stderr).toContain('usage:');
  }, 30_000);
});
