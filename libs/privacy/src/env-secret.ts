import { isAbsolute, resolve } from 'node:path';
import { PrivacyConfigError } from './privacy.errors';
import { decodeCanonicalBase64, readOrCreateSecretFile } from './secret-file';

/** Where a warning goes; the platform passes its logger, the default is stderr. */
export type WarningSink = (line: string) => void;

export interface SecretLoadOptions {
  /** Receives one line when the development file is used. Never given the secret itself. */
  warn?: WarningSink;
  /** Base for a relative file path; defaults to the process's working directory. */
  cwd?: string;
}

export interface SecretSpec {
  /** Environment variable holding the base64 secret in deployment. */
  variable: string;
  /** Environment variable overriding the development file's path. */
  pathVariable: string;
  defaultPath: string;
  byteLength: number;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The secret from the environment, or (outside production) from a development file created on
 * first use. In production a missing variable is a start-up error: a generated secret there
 * would make every restart on a new disk lose the data encrypted under the old one.
 */
export function loadSecret(spec: SecretSpec, env: Environment, options: SecretLoadOptions = {}): Buffer {
  const configured = env[spec.variable]?.trim();
  if (configured) {
    const secret = decodeCanonicalBase64(configured);
    if (!secret || secret.length < spec.byteLength) {
      throw new PrivacyConfigError(`${spec.variable} must be base64 of at least ${spec.byteLength} bytes`);
    }
    return secret;
  }
  if (env.NODE_ENV === 'production') {
    throw new PrivacyConfigError(`${spec.variable} is required when NODE_ENV=production`);
  }
  const configuredPath = env[spec.pathVariable]?.trim() || spec.defaultPath;
  const path = isAbsolute(configuredPath) ? configuredPath : resolve(options.cwd ?? process.cwd(), configuredPath);
  const { secret, created } = readOrCreateSecretFile(path, spec.byteLength);
  const warn = options.warn ?? ((line: string) => process.stderr.write(`WARN ${line}\n`));
  warn(
    `${spec.variable} is not set: using the local development secret in ${path}` +
      `${created ? ' (created now)' : ''}; set ${spec.variable} everywhere but on a developer machine`,
  );
  return secret;
}
