import { randomBytes } from 'node:crypto';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './key-wrapping';
import { MasterKey } from './master-key';
import { DataKeyUnwrapError } from './privacy.errors';

const master = (version: number): MasterKey => ({ version, key: randomBytes(32) });

describe('data key wrapping', () => {
  it('round-trips a data key and stores no raw key', () => {
    const masterKey = master(1);
    const dataKey = generateDataKey();
    const wrapped = wrapDataKey(masterKey, 'client-a', dataKey);
    expect(wrapped.kv).toBe(1);
    expect(JSON.stringify(wrapped)).not.toContain(dataKey.toString('base64'));
    expect(unwrapDataKey([masterKey], 'client-a', wrapped).equals(dataKey)).toBe(true);
  });

  it('binds the wrapped key to its client', () => {
    const masterKey = master(1);
    const wrapped = wrapDataKey(masterKey, 'client-a', generateDataKey());
    expect(() => unwrapDataKey([masterKey], 'client-b', wrapped)).toThrow(DataKeyUnwrapError);
  });

  it('fails under another master key of the same version', () => {
    const wrapped = wrapDataKey(master(1), 'client-a', generateDataKey());
    expect(() => unwrapDataKey([master(1)], 'client-a', wrapped)).toThrow(DataKeyUnwrapError);
  });

  it('picks the master key by the stored version, so old keys still unwrap after rotation', () => {
    const old = master(1);
    const current = master(2);
    const dataKey = generateDataKey();
    const wrappedByOld = wrapDataKey(old, 'client-a', dataKey);
    expect(unwrapDataKey([current, old], 'client-a', wrappedByOld).equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey([current], 'client-a', wrappedByOld)).toThrow(/version 1/);
  });

  it('detects a relabelled version', () => {
    const old = master(1);
    const current = master(2);
    const wrapped = wrapDataKey(old, 'client-a', generateDataKey());
    expect(() => unwrapDataKey([current, { ...old, version: 2 }], 'client-a', { ...wrapped, kv: 2 })).toThrow(DataKeyUnwrapError);
  });
});
