import { isRole, ROLES, type Role } from './roles';
import type { DevTokenRequest } from './dev-token';

export const DEV_TOKEN_USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> --org <organisation code> [--sub <id>] [--name <display name>] [--ttl 8h] [--identity-code <code>] [--cross-organisation]
Prints a token signed with the local dev key (AUTH_DEV_KEY_PATH, created if absent).
A client token (--role client) identifies a person by --identity-code, as e-Identification does.
--cross-organisation (reporter, admin) grants the reports of every organisation, as the Fund evaluator has.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = ['role', 'org', 'sub', 'name', 'ttl', 'identity-code'] as const;
type Option = (typeof OPTIONS)[number];

/** `--role advisor --org 0100` or `--role=advisor --org=0100` -> a DevTokenRequest. */
export function parseDevTokenArgs(argv: readonly string[]): DevTokenRequest | 'help' {
  const values: Partial<Record<Option, string>> = {};
  let crossOrganisation = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--help' || argument === '-h') return 'help';
    if (argument === '--cross-organisation') {
      crossOrganisation = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (!match || !(OPTIONS as readonly string[]).includes(match[1])) throw new UsageError(`unknown argument ${JSON.stringify(argument)}`);
    const option = match[1] as Option;
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${option} needs a value`);
    values[option] = value;
  }
  if (!values.role) throw new UsageError('--role is required');
  if (!isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!values.org) throw new UsageError('--org is required');
  const role: Role = values.role;
  if (role === 'client' && !values['identity-code']) throw new UsageError('--identity-code is required for --role client');
  if (role !== 'client' && values['identity-code']) throw new UsageError('--identity-code goes with --role client only');
  if (crossOrganisation && role !== 'reporter' && role !== 'admin') throw new UsageError('--cross-organisation goes with --role reporter or admin only');
  return {
    role,
    org: values.org,
    sub: values.sub,
    name: values.name,
    ttl: values.ttl,
    ...(values['identity-code'] ? { identityCode: values['identity-code'] } : {}),
    ...(crossOrganisation ? { crossOrganisation } : {}),
  };
}
