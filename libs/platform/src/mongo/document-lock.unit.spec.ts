import { documentKey, withDocumentLock } from './document-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('withDocumentLock', () => {
  it('runs work on one document one at a time, in call order, and other documents in parallel', async () => {
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      withDocumentLock('a', work('a1')),
      withDocumentLock('a', work('a2')),
      withDocumentLock('b', work('b1')),
    ]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('keeps going after a failure and passes the failure to its caller', async () => {
    const failing = withDocumentLock('c', async () => {
      throw new Error('boom');
    });
    const next = withDocumentLock('c', async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('keys by database, collection and id', () => {
    expect(documentKey('db', 'col', 'x')).not.toBe(documentKey('db', 'col2', 'x'));
    expect(documentKey('db', 'col', 1)).toBe(documentKey('db', 'col', 1));
  });
});
