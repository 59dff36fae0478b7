/** MongoDB's (and FerretDB's) duplicate key error. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/** "ns not found": dropping a collection that does not exist. */
export function isNamespaceNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 26;
}
