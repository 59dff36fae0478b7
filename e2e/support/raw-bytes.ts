import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The SQLite event store's bytes as stored: the file, its WAL and shared memory, as latin1 text. */
export function sqliteFileBytes(sqlitePath: string): string {
  const dir = path.dirname(sqlitePath);
  return readdirSync(dir)
    .filter((file) => file.startsWith(path.basename(sqlitePath)))
    .map((file) => readFileSync(path.join(dir, file)).toString('latin1'))
    .join('');
}

/** How a UTF-8 string looks inside latin1-decoded bytes (so "Kärkkäinen" is searched byte for byte). */
export function asStoredBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
