import {
  CLIENT_SCHEMA_VERSIONS,
  dataKeyIdOf,
  dataKeyScopesDestroyedBy,
  PERSONAL_FIELD_KEYS,
  PERSONAL_FIELDS,
  PERSONAL_FIELDS_BY_KEY,
  type ClientEvent,
} from './client.events';
import { registeredEvent } from '../../test-support/client.test-fixtures';

/** Removes the listed top-level paths (all client paths are top-level). */
function withoutPaths(data: object, paths: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...data };
  for (const path of paths) delete copy[path];
  return copy;
}

describe('personal fields and their data keys', () => {
  const registered = registeredEvent({
    address: { street: 'Esimerkkikatu 1 A 2', postalCode: '00100', postOffice: 'Helsinki' },
    voluntary: { disability: 'yes', homelessness: 'no' },
  });

  it('cover every event type, each with a schema version', () => {
    expect(Object.keys(PERSONAL_FIELDS).sort()).toEqual(Object.keys(CLIENT_SCHEMA_VERSIONS).sort());
    expect(Object.keys(PERSONAL_FIELD_KEYS).sort()).toEqual(Object.keys(CLIENT_SCHEMA_VERSIONS).sort());
  });

  it('name only fields that exist in the event (no typo leaves a field in clear text)', () => {
    for (const path of PERSONAL_FIELDS.ClientRegistered) expect(registered.data).toHaveProperty(path);
  });

  it('leave no name, identity code, date of birth, contact detail or voluntary answer in clear text', () => {
    const clear = JSON.stringify(withoutPaths(registered.data, PERSONAL_FIELDS.ClientRegistered));
    expect(clear).not.toMatch(/Maija|Meikäläinen|010180-020R|1980-01-01|maija@example\.fi|358401234567|Esimerkkikatu|00100|"yes"|"no"/);
    // What stays clear: categories and codes, municipality among them.
    expect(clear).toContain('"municipality":"091"');
    expect(clear).toContain('"ageAtEntry":46');
  });

  it('encrypt the free-text exit note and the contact changes', () => {
    expect(PERSONAL_FIELDS.ClientExited).toEqual(['note']);
    expect([...PERSONAL_FIELDS.ContactDetailsUpdated].sort()).toEqual(['address', 'email', 'phone']);
    expect(PERSONAL_FIELDS.PersonalDataViewed).toEqual([]);
    expect(PERSONAL_FIELDS.PersonalDataDestroyed).toEqual([]);
  });

  it('put the voluntary answers, and only them, under the voluntary key', () => {
    expect(PERSONAL_FIELDS_BY_KEY.voluntary.ClientRegistered).toEqual(['voluntary']);
    expect(PERSONAL_FIELDS_BY_KEY.identity.ClientRegistered).not.toContain('voluntary');
    for (const type of Object.keys(PERSONAL_FIELDS) as Array<ClientEvent['type']>) {
      expect([...PERSONAL_FIELDS_BY_KEY.identity[type], ...PERSONAL_FIELDS_BY_KEY.voluntary[type]].sort()).toEqual([...PERSONAL_FIELDS[type]].sort());
      if (type !== 'ClientRegistered') expect(PERSONAL_FIELDS_BY_KEY.voluntary[type]).toEqual([]);
    }
  });

  it('keep the two keys under distinct ids', () => {
    expect(dataKeyIdOf('c-1', 'identity')).toBe('c-1');
    expect(dataKeyIdOf('c-1', 'voluntary')).toBe('c-1:voluntary');
  });

  it('destroy both keys for scope all, the voluntary key for scope voluntary, nothing otherwise', () => {
    expect(dataKeyScopesDestroyedBy({ type: 'PersonalDataDestroyed', data: { reason: 'retention-ended', scope: 'all' } })).toEqual(['identity', 'voluntary']);
    expect(dataKeyScopesDestroyedBy({ type: 'PersonalDataDestroyed', data: { reason: 'consent-withdrawn', scope: 'voluntary' } })).toEqual(['voluntary']);
    expect(dataKeyScopesDestroyedBy({ type: 'ConsentWithdrawn', data: { scope: 'voluntary-questions' } })).toEqual([]);
    expect(dataKeyScopesDestroyedBy(registered)).toEqual([]);
  });
});
