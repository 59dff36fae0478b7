import { esc, formatValue } from './html';

/**
 * Small server-rendered SVG charts: no script, no external font or image, readable when
 * printed in black and white (values are written beside every bar). A suppressed count
 * (`<5`) is drawn as a hatched stub: its exact length would give the value away.
 */
export type ChartValue = number | string | null;

const INK = '#1f2933';
/** Height of a horizontal bar. */
const BAR = 18;
const MUTED = '#616e7c';
const GRID = '#d9e2ec';
export const PALETTE = { primary: '#1d5fa8', secondary: '#d97a1f', tertiary: '#2f855a', target: '#e6f0e9' };

/** The hatch used for hidden values; every chart carries its own copy (`id` unique per page). */
function hatch(id: string): string {
  return `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eef2f7"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9aa5b1" stroke-width="2"/></pattern></defs>`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Up to two lines of at most `max` characters, broken at spaces; the rest is cut with an ellipsis. */
export function wrapLabel(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const cut = text.lastIndexOf(' ', max);
  const first = cut > max / 2 ? text.slice(0, cut) : text.slice(0, max);
  return [first, truncate(text.slice(first.length).trim(), max)];
}

export interface BarItem {
  label: string;
  /** Full text for the tooltip when the label is cut. */
  title?: string;
  value: ChartValue;
  /** Text after the value, e.g. the gender breakdown. */
  note?: string;
}

/**
 * Horizontal bars, one per item, scaled to the largest shown value (or `max`). Shares (0-1)
 * are drawn on a 0-100 % axis.
 */
export function horizontalBars(
  items: readonly BarItem[],
  options: { id: string; width?: number; labelWidth?: number; as?: 'count' | 'share'; color?: string; max?: number; ariaLabel: string; nullText?: string },
): string {
  const width = options.width ?? 1000;
  const labelWidth = options.labelWidth ?? 330;
  const noteWidth = 250;
  // Room after the longest bar for its value, so the value never runs into the note.
  const barArea = width - labelWidth - noteWidth - 56;
  const maxChars = Math.floor((labelWidth - 12) / 7);
  const labels = items.map((item) => wrapLabel(item.label, maxChars));
  const rowHeight = labels.some((l) => l.length > 1) ? 36 : 26;
  const top = 8;
  const height = top + items.length * rowHeight + 8;
  const numeric = items.map((i) => i.value).filter((v): v is number => typeof v === 'number');
  const max = options.max ?? Math.max(1, ...numeric);
  const hatchId = `hatch-${options.id}`;
  const color = options.color ?? PALETTE.primary;
  const rows = items.map((item, i) => {
    const rowTop = top + i * rowHeight;
    const barY = rowTop + (rowHeight - BAR) / 2;
    const textY = barY + 13;
    const lines = labels[i];
    const firstY = lines.length > 1 ? textY - 7 : textY;
    const label =
      `<text x="${labelWidth - 8}" y="${firstY}" text-anchor="end" font-size="13" fill="${INK}">${item.title ? `<title>${esc(item.title)}</title>` : ''}` +
      lines.map((line, n) => `<tspan x="${labelWidth - 8}" dy="${n === 0 ? 0 : 15}">${esc(line)}</tspan>`).join('') +
      '</text>';
    let bar: string;
    if (typeof item.value === 'number') {
      const w = Math.max(item.value > 0 ? 2 : 0, (item.value / max) * barArea);
      bar = `<rect x="${labelWidth}" y="${barY}" width="${w.toFixed(1)}" height="${BAR}" fill="${color}" rx="2"/>`;
      bar += `<text x="${labelWidth + w + 6}" y="${textY}" font-size="13" font-weight="600" fill="${INK}">${esc(formatValue(item.value, options.as ?? 'count'))}</text>`;
    } else if (item.value === null) {
      bar = `<text x="${labelWidth + 6}" y="${textY}" font-size="12" fill="${MUTED}">${esc(options.nullText ?? 'not collected')}</text>`;
    } else {
      const w = options.as === 'share' ? 18 : Math.max(10, (4 / max) * barArea);
      bar = `<rect x="${labelWidth}" y="${barY}" width="${w.toFixed(1)}" height="${BAR}" fill="url(#${hatchId})" stroke="#9aa5b1" rx="2"/>`;
      bar += `<text x="${labelWidth + w + 6}" y="${textY}" font-size="13" font-weight="600" fill="${MUTED}">${esc(formatValue(item.value))}</text>`;
    }
    const note = item.note ? `<text x="${width - noteWidth}" y="${textY}" font-size="12" fill="${MUTED}">${esc(item.note)}</text>` : '';
    return `<g>${label}${bar}${note}</g>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(options.ariaLabel)}">` +
    `${hatch(hatchId)}<line x1="${labelWidth}" y1="${top - 2}" x2="${labelWidth}" y2="${height - 6}" stroke="${GRID}"/>${rows.join('')}</svg>`
  );
}

export interface ColumnItem {
  label: string;
  value: ChartValue;
  /** Drawn on a shaded background (e.g. the 3-5 week target). */
  highlight?: boolean;
}

/** Vertical columns (a histogram), with an optional shaded band behind highlighted columns. */
export function columns(items: readonly ColumnItem[], options: { id: string; width?: number; height?: number; ariaLabel: string; caption?: string; color?: string }): string {
  const width = options.width ?? 480;
  const height = options.height ?? 220;
  const left = 30;
  const bottom = 40;
  const top = options.caption ? 44 : 24;
  const plotHeight = height - top - bottom;
  const slot = (width - left - 10) / items.length;
  const numeric = items.map((i) => i.value).filter((v): v is number => typeof v === 'number');
  const max = Math.max(1, ...numeric);
  const hatchId = `hatch-${options.id}`;
  const color = options.color ?? PALETTE.primary;
  const parts: string[] = [hatch(hatchId)];
  items.forEach((item, i) => {
    const x = left + i * slot;
    if (item.highlight) parts.push(`<rect x="${x.toFixed(1)}" y="${top - 22}" width="${slot.toFixed(1)}" height="${plotHeight + 22}" fill="${PALETTE.target}"/>`);
  });
  if (options.caption) {
    const highlighted = items.map((item, i) => (item.highlight ? i : -1)).filter((i) => i >= 0);
    if (highlighted.length > 0) {
      const x = left + ((highlighted[0] + highlighted[highlighted.length - 1] + 1) / 2) * slot;
      parts.push(`<text x="${x.toFixed(1)}" y="${top - 28}" text-anchor="middle" font-size="12" font-weight="600" fill="${PALETTE.tertiary}">${esc(options.caption)}</text>`);
    }
  }
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}" stroke="${MUTED}"/>`);
  items.forEach((item, i) => {
    const x = left + i * slot;
    const barWidth = Math.min(56, slot * 0.6);
    const bx = x + (slot - barWidth) / 2;
    let h: number;
    let fill: string;
    let valueText: string;
    if (typeof item.value === 'number') {
      h = (item.value / max) * plotHeight;
      fill = color;
      valueText = formatValue(item.value);
    } else {
      h = item.value === null ? 0 : Math.max(8, (4 / max) * plotHeight);
      fill = `url(#${hatchId})`;
      valueText = formatValue(item.value);
    }
    const y = top + plotHeight - h;
    parts.push(`<rect x="${bx.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" ${typeof item.value === 'number' ? '' : 'stroke="#9aa5b1"'} rx="2"/>`);
    parts.push(`<text x="${(x + slot / 2).toFixed(1)}" y="${(y - 5).toFixed(1)}" text-anchor="middle" font-size="12" font-weight="600" fill="${INK}">${esc(valueText)}</text>`);
    parts.push(`<text x="${(x + slot / 2).toFixed(1)}" y="${top + plotHeight + 18}" text-anchor="middle" font-size="12" fill="${INK}">${esc(item.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(options.ariaLabel)}">${parts.join('')}</svg>`;
}

export interface DumbbellItem {
  label: string;
  start: ChartValue;
  end: ChartValue;
  note?: string;
}

/** Mean at the start and at the end on a fixed scale (the 1-5 self-assessment), joined by a line. */
export function dumbbells(items: readonly DumbbellItem[], options: { min: number; max: number; width?: number; ariaLabel: string }): string {
  const width = options.width ?? 1000;
  const labelWidth = 330;
  const noteWidth = 250;
  const scaleWidth = width - labelWidth - noteWidth - 40;
  const rowHeight = 34;
  const top = 30;
  const height = top + items.length * rowHeight + 10;
  const x = (v: number) => labelWidth + 10 + ((v - options.min) / (options.max - options.min)) * scaleWidth;
  const parts: string[] = [];
  for (let tick = options.min; tick <= options.max; tick++) {
    parts.push(`<line x1="${x(tick).toFixed(1)}" y1="${top - 8}" x2="${x(tick).toFixed(1)}" y2="${height - 8}" stroke="${GRID}"/>`);
    parts.push(`<text x="${x(tick).toFixed(1)}" y="${top - 14}" text-anchor="middle" font-size="11" fill="${MUTED}">${tick}</text>`);
  }
  items.forEach((item, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 4}" text-anchor="end" font-size="13" fill="${INK}">${esc(item.label)}</text>`);
    if (typeof item.start === 'number' && typeof item.end === 'number') {
      parts.push(`<line x1="${x(item.start).toFixed(1)}" y1="${y}" x2="${x(item.end).toFixed(1)}" y2="${y}" stroke="${MUTED}" stroke-width="3"/>`);
      parts.push(`<circle cx="${x(item.start).toFixed(1)}" cy="${y}" r="7" fill="#fff" stroke="${PALETTE.secondary}" stroke-width="3"><title>start ${item.start}</title></circle>`);
      parts.push(`<circle cx="${x(item.end).toFixed(1)}" cy="${y}" r="7" fill="${PALETTE.primary}"><title>end ${item.end}</title></circle>`);
    } else {
      parts.push(`<text x="${labelWidth + 10}" y="${y + 4}" font-size="12" fill="${MUTED}">${item.start === null ? 'no ratings yet' : 'hidden: fewer than 5 rated'}</text>`);
    }
    if (item.note) parts.push(`<text x="${width - noteWidth}" y="${y + 4}" font-size="12" fill="${MUTED}">${esc(item.note)}</text>`);
  });
  const legendY = 12;
  parts.push(
    `<circle cx="${width - noteWidth + 6}" cy="${legendY}" r="5" fill="#fff" stroke="${PALETTE.secondary}" stroke-width="3"/><text x="${width - noteWidth + 16}" y="${legendY + 4}" font-size="11" fill="${MUTED}">start</text>` +
      `<circle cx="${width - noteWidth + 66}" cy="${legendY}" r="5" fill="${PALETTE.primary}"/><text x="${width - noteWidth + 76}" y="${legendY + 4}" font-size="11" fill="${MUTED}">end</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(options.ariaLabel)}">${parts.join('')}</svg>`;
}
