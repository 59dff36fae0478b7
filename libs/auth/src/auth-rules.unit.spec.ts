import { bearerTokenOf, requiresAuthentication } from './auth.guard';
import { parseDevTokenArgs, UsageError } from './dev-token-args';

describe('requiresAuthentication', () => {
  it.each(['/api/v1/clients', '/api', '/internal/clients/1/contact', '/anything-else', '/', '/healthz', '/docsx'])(
    '%s needs a token',
    (path) => expect(requiresAuthentication(path)).toBe(true),
  );
  it.each(['/health/live', '/health/ready', '/metrics', '/docs', '/docs/', '/docs/swagger-ui.css', '/docs-json'])(
    '%s is open',
    (path) => expect(requiresAuthentication(path)).toBe(false),
  );
});

describe('bearerTokenOf', () => {
  it('takes the token of a Bearer header, whatever the scheme case', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer abc.def-_ghi')).toBe('abc.def-_ghi');
  });
  it.each([undefined, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a b', 'Token abc'])('finds none in %p', (header) => {
    expect(bearerTokenOf(header)).toBeUndefined();
  });
});

describe('parseDevTokenArgs', () => {
  it('reads space- and equals-separated options', () => {
    expect(parseDevTokenArgs(['--role', 'advisor', '--org=0100', '--sub', 'a-1', '--ttl', '30m'])).toEqual({
      role: 'advisor',
      org: '0100',
      sub: 'a-1',
      ttl: '30m',
      name: undefined,
    });
  });
  it('answers help', () => expect(parseDevTokenArgs(['--help'])).toBe('help'));
  it('grants the reports of every organisation with --cross-organisation, to reporters and administrators only', () => {
    expect(parseDevTokenArgs(['--role', 'reporter', '--org', '0100', '--cross-organisation'])).toMatchObject({ role: 'reporter', crossOrganisation: true });
    expect(() => parseDevTokenArgs(['--role', 'advisor', '--org', '0100', '--cross-organisation'])).toThrow('--cross-organisation goes with --role reporter or admin only');
  });
  it.each([
    [[], '--role is required'],
    [['--role', 'advisor'], '--org is required'],
    [['--role', 'boss', '--org', '1'], '--role must be one of'],
    [['--role'], '--role needs a value'],
    [['--colour', 'red'], 'unknown argument'],
  ])('refuses %p', (argv, message) => {
    expect(() => parseDevTokenArgs(argv)).toThrow(UsageError);
    expect(() => parseDevTokenArgs(argv)).toThrow(message);
  });
});
