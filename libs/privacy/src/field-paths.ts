/**
 * Dotted paths into plain JSON objects ("contact.email", "addresses.0.street"). A numeric
 * segment indexes an array. Segments that could reach an object's prototype are refused.
 */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

export function splitPath(path: string): string[] {
  const segments = path.split('.');
  if (segments.some((segment) => segment === '' || FORBIDDEN_SEGMENTS.has(segment))) {
    throw new TypeError(`invalid field path "${path}"`);
  }
  return segments;
}

type Container = Record<string, unknown>;

/** The object holding the path's last segment, or undefined when some step is missing or not an object. */
function parentOf(root: unknown, segments: readonly string[]): Container | undefined {
  let node = root;
  for (const segment of segments.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Container)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as Container) : undefined;
}

/** Whether the field exists (own property, value not undefined), and its value. */
export function readPath(root: unknown, path: string): { present: boolean; value?: unknown } {
  const segments = splitPath(path);
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1];
  if (!parent || !Object.hasOwn(parent, last) || parent[last] === undefined) return { present: false };
  return { present: true, value: parent[last] };
}

/** Replaces an existing field in place (callers pass their own clone). */
export function writePath(root: unknown, path: string, value: unknown): void {
  const segments = splitPath(path);
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1];
  if (!parent || !Object.hasOwn(parent, last)) throw new TypeError(`field "${path}" does not exist`);
  parent[last] = value;
}
