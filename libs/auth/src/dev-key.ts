import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const DEV_KEY_ALGORITHM = 'ES256';

/** The local signing key pair used when no JWKS URL is configured (development and tests). */
export interface DevKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface DevKeyFile {
  kid: string;
  alg: typeof DEV_KEY_ALGORITHM;
  createdAt: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const READ_ATTEMPTS = 20;
const READ_RETRY_MS = 25;

/**
 * Reads the dev key pair from `filePath` (relative to the working directory), creating it on
 * first use. Five services starting at once must end up with one key: each writes a complete
 * candidate to its own temp file and hard-links it into place, which fails when the file
 * exists already; everyone then reads back whichever candidate won.
 */
export async function loadOrCreateDevKey(filePath: string): Promise<DevKey> {
  const absolute = path.resolve(filePath);
  const existing = await readDevKeyFile(absolute);
  if (existing) return importDevKey(existing, absolute);

  await mkdir(path.dirname(absolute), { recursive: true, mode: 0o700 });
  const candidate = JSON.stringify(await generateDevKeyFile(), null, 2) + '\n';
  const temporary = `${absolute}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(candidate, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') {
      if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'].includes(code ?? '')) throw error;
      // No hard links on this file system: exclusive create; readers retry a partial file.
      await writeFile(absolute, candidate, { flag: 'wx', mode: 0o600 }).catch((writeError: NodeJS.ErrnoException) => {
        if (writeError.code !== 'EEXIST') throw writeError;
      });
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }

  const winner = await readDevKeyFile(absolute);
  if (!winner) throw new Error(`dev key file ${absolute} vanished right after it was created`);
  return importDevKey(winner, absolute);
}

async function readDevKeyFile(absolute: string): Promise<DevKeyFile | undefined> {
  for (let attempt = 1; ; attempt++) {
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return parseDevKeyFile(JSON.parse(text) as unknown, absolute);
    } catch (error) {
      // A file still being written by another process (only without hard links) parses later.
      if (attempt >= READ_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_MS));
    }
  }
}

function parseDevKeyFile(content: unknown, absolute: string): DevKeyFile {
  const file = content as Partial<DevKeyFile> | null;
  const isEcJwk = (jwk: unknown): jwk is JWK =>
    typeof jwk === 'object' && jwk !== null && (jwk as JWK).kty === 'EC' && (jwk as JWK).crv === 'P-256';
  if (!file || typeof file.kid !== 'string' || !isEcJwk(file.privateJwk) || !isEcJwk(file.publicJwk) || !file.privateJwk.d) {
    throw new Error(`dev key file ${absolute} is not a valid ES256 key pair; delete it to have a new one generated`);
  }
  return file as DevKeyFile;
}

async function generateDevKeyFile(): Promise<DevKeyFile> {
  const { privateKey, publicKey } = await generateKeyPair(DEV_KEY_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return {
    kid: await calculateJwkThumbprint(publicJwk),
    alg: DEV_KEY_ALGORITHM,
    createdAt: new Date().toISOString(),
    privateJwk: await exportJWK(privateKey),
    publicJwk,
  };
}

async function importDevKey(file: DevKeyFile, absolute: string): Promise<DevKey> {
  try {
    const [privateKey, publicKey] = await Promise.all([
      importJWK(file.privateJwk, DEV_KEY_ALGORITHM),
      importJWK(file.publicJwk, DEV_KEY_ALGORITHM),
    ]);
    return { kid: file.kid, privateKey: privateKey as CryptoKey, publicKey: publicKey as CryptoKey };
  } catch {
    throw new Error(`dev key file ${absolute} holds keys that cannot be imported; delete it to have a new one generated`);
  }
}
