import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeProtectedHeader, exportJWK } from 'jose';
import { loadOrCreateDevKey } from './dev-key';
import { signDevToken } from './dev-token';
import { TokenVerifier } from './token-verifier';

describe('dev key file (real files)', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'career-dev-key-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('is created on first use, private to its owner, and reused afterwards', async () => {
    const file = path.join(directory, 'nested', 'auth', 'dev-key.json');
    const first = await loadOrCreateDevKey(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const content = JSON.parse(await readFile(file, 'utf8')) as { kid: string; alg: string; privateJwk: { d?: string } };
    expect(content).toMatchObject({ kid: first.kid, alg: 'ES256' });
    expect(content.privateJwk.d).toEqual(expect.any(String));

    const second = await loadOrCreateDevKey(file);
    expect(second.kid).toBe(first.kid);
    expect(await exportJWK(second.publicKey)).toEqual(await exportJWK(first.publicKey));
  });

  it('resolves concurrent first starts of five services to one key and leaves no temp files', async () => {
    const file = path.join(directory, 'dev-key.json');
    const keys = await Promise.all(Array.from({ length: 5 }, () => loadOrCreateDevKey(file)));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect(await readdir(directory)).toEqual(['dev-key.json']);
  });

  it('resolves five separate processes starting at once to one key', async () => {
    const file = path.join(directory, 'dev-key.json');
    const register = path.resolve(__dirname, '../../testing/src/child-process/ts-register.js');
    const child = path.join(__dirname, 'test-support', 'dev-key-child.ts');
    const kids = await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<string>((resolve, reject) => {
            const process_ = spawn(process.execPath, ['-r', register, child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
            let out = '';
            let err = '';
            process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
            process_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
            process_.on('error', reject);
            process_.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`child exited ${code}: ${err}`))));
          }),
      ),
    );
    expect(kids.every((kid) => kid.length > 20)).toBe(true);
    expect(new Set(kids).size).toBe(1);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ kid: kids[0] });
    expect(await readdir(directory)).toEqual(['dev-key.json']);
  }, 60_000);

  it('refuses a corrupt key file with a message saying what to do', async () => {
    const file = path.join(directory, 'dev-key.json');
    await writeFile(file, JSON.stringify({ kid: 'x', privateJwk: { kty: 'RSA' } }));
    await expect(loadOrCreateDevKey(file)).rejects.toThrow(/not a valid ES256 key pair; delete it/);
  });

  it('signs tokens the verifier accepts, and a second key pair is not accepted', async () => {
    const file = path.join(directory, 'dev-key.json');
    const settings = { devKeyPath: file, issuer: 'career-dev', audience: 'career-api' };
    const token = await signDevToken({ role: 'coordinator', org: '0100', name: 'Kaisa' }, settings);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', typ: 'JWT' });

    const verifier = await TokenVerifier.create(settings);
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'dev-coordinator', role: 'coordinator', organisation: '0100', name: 'Kaisa' });

    const otherVerifier = await TokenVerifier.create({ ...settings, devKeyPath: path.join(directory, 'other.json') });
    await expect(otherVerifier.verify(token)).rejects.toMatchObject({ name: 'InvalidTokenError', reason: 'the token signature is invalid' });

    const wrongAudience = await TokenVerifier.create({ ...settings, audience: 'someone-else' });
    await expect(wrongAudience.verify(token)).rejects.toMatchObject({ reason: 'the token is not valid for this service' });
  });

  it('refuses to sign claims the guard would refuse', async () => {
    const settings = { devKeyPath: path.join(directory, 'dev-key.json'), issuer: 'i', audience: 'a' };
    await expect(signDevToken({ role: 'advisor', org: 'has space' }, settings)).rejects.toThrow('"org"');
    await expect(signDevToken({ role: 'advisor', org: '0100', ttl: 'forever' }, settings)).rejects.toThrow('ttl');
  });
});
