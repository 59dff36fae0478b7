import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadIdentityHashSecret } from './identity-hash';
import { loadMasterKey } from './master-key';

const run = promisify(execFile);

// Real file system, real processes: the development secret files that five services may
// create at the same moment.
describe('development secret files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'privacy-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the master key file once (mode 0600), warns without the key, and reuses it', () => {
    const warnings: string[] = [];
    const path = join(dir, 'nested', 'master-key');
    const first = loadMasterKey({ PRIVACY_MASTER_KEY_PATH: path }, { warn: (line) => warnings.push(line) });
    const second = loadMasterKey({ PRIVACY_MASTER_KEY_PATH: path }, { warn: (line) => warnings.push(line) });

    expect(first.key).toHaveLength(32);
    expect(second.key.equals(first.key)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toContain('created now');
    expect(warnings[1]).not.toContain('created now');
    for (const line of warnings) {
      expect(line).not.toContain(first.key.toString('base64'));
      expect(line).not.toContain(first.key.toString('hex'));
    }
  });

  it('resolves the default path against the working directory', () => {
    const secret = loadIdentityHashSecret({}, { cwd: dir, warn: () => undefined });
    const onDisk = readFileSync(join(dir, '.data/privacy/identity-hash-secret'), 'utf8').trim();
    expect(Buffer.from(onDisk, 'base64').equals(secret)).toBe(true);
  });

  it('prefers the environment variable over the file', () => {
    const path = join(dir, 'master-key');
    const fromEnv = Buffer.alloc(32, 9);
    const key = loadMasterKey({ PRIVACY_MASTER_KEY: fromEnv.toString('base64'), PRIVACY_MASTER_KEY_PATH: path });
    expect(key.key.equals(fromEnv)).toBe(true);
    expect(() => statSync(path)).toThrow(/ENOENT/);
  });

  it('refuses a corrupt file instead of silently replacing it', () => {
    const path = join(dir, 'master-key');
    writeFileSync(path, 'abc\n', { mode: 0o600 });
    expect(() => loadMasterKey({ PRIVACY_MASTER_KEY_PATH: path }, { warn: () => undefined })).toThrow(/delete it to regenerate/);
  });

  it('gives five processes starting at once the same key', async () => {
    const path = join(dir, 'privacy', 'master-key');
    // Node 24 strips the types of secret-file.ts itself (it imports only node: modules).
    const script = `
      const { readOrCreateSecretFile } = require(${JSON.stringify(join(__dirname, 'secret-file.ts'))});
      const start = Number(process.argv[1]);
      while (Date.now() < start) {}
      const { secret, created } = readOrCreateSecretFile(${JSON.stringify(path)}, 32);
      process.stdout.write(JSON.stringify({ key: secret.toString('hex'), created }));
    `;
    const startAt = String(Date.now() + 1500);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        run(process.execPath, ['--no-warnings', '-e', script, startAt]).then(({ stdout }) => JSON.parse(stdout) as { key: string; created: boolean }),
      ),
    );
    expect(new Set(results.map((result) => result.key)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64').toString('hex')).toBe(results[0].key);
  });
});
