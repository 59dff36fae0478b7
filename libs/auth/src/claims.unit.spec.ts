import { accessOf } from './request-context';
import { actorOf, IDENTITY_CODE_CLAIM, identityCodeOf, InvalidClaimsError, userFromClaims } from './claims';
import { ROLES } from './roles';

describe('userFromClaims', () => {
  const valid = { sub: 'advisor-17', role: 'advisor', org: 'ELY-0100', name: 'Aino Advisor', iss: 'career-dev', exp: 1 };

  it('reads sub, role, org and the optional name', () => {
    expect(userFromClaims(valid)).toEqual({ id: 'advisor-17', role: 'advisor', organisation: 'ELY-0100', name: 'Aino Advisor' });
    const { name: _name, ...withoutName } = valid;
    expect(userFromClaims(withoutName)).toEqual({ id: 'advisor-17', role: 'advisor', organisation: 'ELY-0100' });
  });

  it.each(ROLES)('accepts the role %s', (role) => {
    const identity = role === 'client' ? { [IDENTITY_CODE_CLAIM]: '131052-308T' } : {};
    expect(userFromClaims({ ...valid, role, ...identity }).role).toBe(role);
  });

  it('reads a client token: the identity code is kept off every serialised form of the user', () => {
    const user = userFromClaims({ ...valid, sub: 'e-id-7f3a', role: 'client', [IDENTITY_CODE_CLAIM]: '131052-308T' });
    expect(identityCodeOf(user)).toBe('131052-308T');
    expect(JSON.stringify(user)).not.toContain('131052');
    expect(Object.keys(user)).not.toContain('identityCode');
    expect({ ...user }).not.toHaveProperty('identityCode');
  });

  it.each([
    ['without the identity-code claim', {}],
    ['with a malformed code', { [IDENTITY_CODE_CLAIM]: '131052 308T' }],
    ['with a lower-case check character', { [IDENTITY_CODE_CLAIM]: '131052-308t' }],
  ])('refuses a client token %s, naming the claim but not the value', (_, identity) => {
    const attempt = () => userFromClaims({ ...valid, role: 'client', ...identity });
    expect(attempt).toThrow(InvalidClaimsError);
    expect(attempt).toThrow(IDENTITY_CODE_CLAIM);
  });

  it('ignores an identity code in a staff token', () => {
    expect(identityCodeOf(userFromClaims({ ...valid, [IDENTITY_CODE_CLAIM]: '131052-308T' }))).toBeUndefined();
  });

  it.each([
    ['an unknown role', { role: 'superuser' }, '"role" must be one of advisor, coordinator, reporter, admin, service, client'],
    ['a role of another case', { role: 'Advisor' }, '"role"'],
    ['a role list', { role: ['advisor'] }, '"role"'],
    ['no role', { role: undefined }, '"role"'],
    ['the internal system actor', { role: 'system' }, '"role"'],
    ['no org', { org: undefined }, '"org"'],
    ['an empty org', { org: '' }, '"org"'],
    ['an org with spaces', { org: 'ELY 0100' }, '"org"'],
    ['an over-long org', { org: 'x'.repeat(33) }, '"org"'],
    ['a numeric org', { org: 100 }, '"org"'],
    ['no sub', { sub: undefined }, '"sub"'],
    ['a blank sub', { sub: '  ' }, '"sub"'],
    ['a sub with a newline', { sub: 'a\nb' }, '"sub"'],
    ['a non-string name', { name: 42 }, '"name"'],
  ])('refuses %s, naming the claim but not its value', (_case, override, reason) => {
    const attempt = () => userFromClaims({ ...valid, ...override });
    expect(attempt).toThrow(InvalidClaimsError);
    expect(attempt).toThrow(reason);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('superuser');
      expect((error as Error).message).not.toContain('ELY 0100');
    }
  });

  it('grants the cross-organisation claim to reporters and administrators only', () => {
    expect(userFromClaims({ ...valid, role: 'reporter', cross_organisation: true })).toMatchObject({ role: 'reporter', crossOrganisation: true });
    expect(userFromClaims({ ...valid, role: 'admin', cross_organisation: true }).crossOrganisation).toBe(true);
    expect(userFromClaims({ ...valid, role: 'admin' })).not.toHaveProperty('crossOrganisation');
    expect(() => userFromClaims({ ...valid, cross_organisation: true })).toThrow('"cross_organisation" is granted to the roles reporter, admin only');
    expect(() => userFromClaims({ ...valid, role: 'service', cross_organisation: true })).toThrow(InvalidClaimsError);
    expect(() => userFromClaims({ ...valid, role: 'admin', cross_organisation: 'yes' })).toThrow('"cross_organisation" must be true');
  });

  it('makes a service cross-organisation only when the deployment names it (CROSS_ORGANISATION_SERVICES)', () => {
    const service = { ...valid, role: 'service', sub: 'fund-audit' };
    expect(userFromClaims(service)).not.toHaveProperty('crossOrganisation');
    expect(userFromClaims(service, { crossOrganisationServices: ['fund-audit'] }).crossOrganisation).toBe(true);
    expect(userFromClaims({ ...service, sub: 'fund-audit-2' }, { crossOrganisationServices: ['fund-audit'] })).not.toHaveProperty('crossOrganisation');
    // A staff member whose subject happens to equal a listed service name is still staff.
    expect(userFromClaims({ ...valid, sub: 'fund-audit' }, { crossOrganisationServices: ['fund-audit'] })).not.toHaveProperty('crossOrganisation');
  });

  it('gives the event actor of a user', () => {
    expect(actorOf({ id: 'u1', role: 'coordinator', organisation: 'ORG' })).toEqual({ id: 'u1', role: 'coordinator' });
  });
});

describe('accessOf', () => {
  it("holds staff and services to their token's organisation, a client to their own record, and frees only a cross-organisation service", () => {
    expect(accessOf({ organisation: 'A', user: { role: 'advisor' } })).toEqual({ organisation: 'A' });
    expect(accessOf({ organisation: 'A', user: { role: 'service' } })).toEqual({ organisation: 'A' });
    expect(accessOf({ organisation: 'A', user: { role: 'service', crossOrganisation: true } })).toEqual({});
    // The reports' grant is about aggregates: it never opens another organisation's records.
    expect(accessOf({ organisation: 'A', user: { role: 'admin', crossOrganisation: true } })).toEqual({ organisation: 'A' });
    expect(accessOf({ organisation: 'A', user: { role: 'client', clientId: 'c1' } })).toEqual({ organisation: 'A', clientId: 'c1' });
  });
});
