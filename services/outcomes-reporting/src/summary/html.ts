/** Escapes text for HTML and SVG (element content and quoted attributes). */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A shown value for people: counts as they are (`<5` stays), shares as percentages, means with one decimal. */
export function formatValue(value: number | string | null | undefined, as: 'count' | 'share' | 'mean' | 'days' = 'count'): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value === 'suppressed' ? 'hidden' : value;
  if (as === 'share') return `${Math.round(value * 100)}\u00a0%`;
  if (as === 'mean') return value.toFixed(1);
  if (as === 'days') return `${Math.round(value)}\u00a0d`;
  return String(value);
}
