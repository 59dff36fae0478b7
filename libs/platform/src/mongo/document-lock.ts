/**
 * Serialises writes to one document within this process.
 *
 * Why: FerretDB 1.x on SQLite runs an update as "find, then write" without isolation
 * (FerretDB/FerretDB#3040), so two concurrent conditional updates of the same existing
 * document can both pass the guard and one of them is lost. MongoDB applies each
 * single-document update atomically and does not need this; there it costs nothing but the
 * ordering of writes to one document. Across processes the guard alone must do: see README.
 */
const tails = new Map<string, Promise<unknown>>();

export async function withDocumentLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

/** Lock key of one document: database, collection and id. */
export function documentKey(database: string, collection: string, id: unknown): string {
  return `${database}\u0000${collection}\u0000${typeof id === 'string' ? id : JSON.stringify(id)}`;
}
