/**
 * Unambiguous encoding of a list of strings: each part as a 4-byte big-endian byte length
 * followed by its UTF-8 bytes. Used wherever several strings feed one MAC or one AAD, so that
 * ('ab', 'c') and ('a', 'bc') never produce the same input.
 */
export function lengthPrefixed(parts: readonly string[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') throw new TypeError('lengthPrefixed: every part must be a string');
    const bytes = Buffer.from(part, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    chunks.push(length, bytes);
  }
  return Buffer.concat(chunks);
}
