/**
 * Local-development secrets kept in a git-ignored file (e.g. `.data/privacy/master-key`).
 *
 * Five services may start at the same moment and must all end up with the same secret, so the
 * file is created atomically: each process writes a complete temporary file, then hard-links
 * it to the final name. link() fails with EEXIST when another process won the race; whoever
 * lost simply reads the winner's file. Readers therefore never see a half-written file.
 *
 * Self-contained on purpose (only node: imports): the cross-process test runs it in plain
 * child processes.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SecretFileResult {
  secret: Buffer;
  /** True when this call created the file (first start on this machine). */
  created: boolean;
}

/**
 * Reads the base64 secret in `path`, creating it with `byteLength` random bytes (mode 0600)
 * when absent. Throws when the file exists but does not hold at least `byteLength` bytes.
 */
export function readOrCreateSecretFile(path: string, byteLength: number): SecretFileResult {
  const existing = readSecretFile(path, byteLength);
  if (existing) return { secret: existing, created: false };

  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${randomBytes(byteLength).toString('base64')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }

  let created = false;
  try {
    linkSync(temporary, path);
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }

  // Re-read even when we won: every process returns what is on disk, nothing else.
  const secret = readSecretFile(path, byteLength);
  if (!secret) throw new Error(`secret file ${path} vanished while it was being created`);
  return { secret, created };
}

function readSecretFile(path: string, byteLength: number): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const secret = decodeCanonicalBase64(text.trim());
  if (!secret || secret.length < byteLength) {
    throw new Error(`secret file ${path} does not hold base64 of at least ${byteLength} bytes; delete it to regenerate`);
  }
  return secret;
}

/** Strict base64: Buffer.from() silently skips junk, which would hide a truncated secret. */
export function decodeCanonicalBase64(text: string): Buffer | undefined {
  if (text.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
