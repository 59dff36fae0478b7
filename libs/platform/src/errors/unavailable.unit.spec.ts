import { DatabaseSync } from 'node:sqlite';
import { DomainError } from '@career/event-sourcing';
import mongoose from 'mongoose';
import { toProblem } from './to-problem';
import { isUnavailable } from './unavailable';

/** A real "database or disk is full" from node:sqlite: an in-memory file that may not grow. */
function sqliteFullError(): unknown {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE t (x TEXT)');
  const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
  db.exec(`PRAGMA max_page_count = ${pages}`);
  try {
    db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(10_000));
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('expected SQLITE_FULL');
}

const request = { method: 'POST', path: '/api/v1/clients', requestId: 'r-1' };

describe('isUnavailable', () => {
  it('knows a full event store disk (SQLITE_FULL) and an unreachable MongoDB', () => {
    expect(isUnavailable(sqliteFullError())).toBe(true);
    expect(isUnavailable(new mongoose.mongo.MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'))).toBe(true);
    expect(isUnavailable(new mongoose.mongo.MongoNotConnectedError('not connected'))).toBe(true);
  });

  it('knows a socket the store closed, which the driver passes on as Node made it (EPIPE), and a refused or reset connection', () => {
    // Node's writeAfterFIN error, as the MongoDB driver threw it when FerretDB was killed mid-write.
    expect(isUnavailable(Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBe(false);
  });

  it('looks through causes (a subscriber names the event that failed, with the store error as cause)', () => {
    expect(isUnavailable(new Error('ClientRegistered at position 3', { cause: sqliteFullError() }))).toBe(true);
  });

  it('is not fooled by errors that are the request or the code being wrong', () => {
    const db = new DatabaseSync(':memory:');
    let constraint: unknown;
    try {
      db.exec('CREATE TABLE t (x TEXT UNIQUE); INSERT INTO t VALUES (1); INSERT INTO t VALUES (1)');
    } catch (error) {
      constraint = error;
    }
    expect(isUnavailable(constraint)).toBe(false);
    expect(isUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isUnavailable(new DomainError('CLIENT.NOT_FOUND', 'No such client.', {}, 'not-found'))).toBe(false);
    expect(isUnavailable(undefined)).toBe(false);
  });
});

describe('toProblem for an unavailable store', () => {
  it('answers 503, never 500, and says nothing was changed', () => {
    expect(toProblem(sqliteFullError(), request)).toMatchObject({
      status: 503,
      title: 'Service Unavailable',
      type: 'urn:career:problem:unavailable',
      detail: 'A store this service depends on is unavailable; nothing was changed. Try again shortly.',
    });
    expect(toProblem(new mongoose.mongo.MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'), request).status).toBe(503);
  });
});
