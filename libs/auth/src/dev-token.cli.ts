import { BaseServiceConfig, loadConfig } from '@career/platform';
import { parseDevTokenArgs, DEV_TOKEN_USAGE, UsageError } from './dev-token-args';
import { signDevToken } from './dev-token';

/** `scripts/token.sh --role advisor --org 0100`: prints a dev token on stdout, nothing else. */
async function main(argv: readonly string[]): Promise<number> {
  let request;
  try {
    request = parseDevTokenArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dev-token: ${error.message}\n${DEV_TOKEN_USAGE}\n`);
    return 2;
  }
  if (request === 'help') {
    process.stdout.write(`${DEV_TOKEN_USAGE}\n`);
    return 0;
  }
  const config = loadConfig(BaseServiceConfig);
  if (config.AUTH_JWKS_URL) {
    process.stderr.write('dev-token: warning: AUTH_JWKS_URL is set, so services will not accept dev-key tokens\n');
  }
  const token = await signDevToken(request, {
    devKeyPath: config.AUTH_DEV_KEY_PATH,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dev-token: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
