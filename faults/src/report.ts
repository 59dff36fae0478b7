import type { ScenarioResult } from './scenarios/scenario';

const seconds = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(1)} s`);

/** Whether a row fails the suite: anything lost, doubled or unexplained, an error, or no catch-up. */
export function failed(result: ScenarioResult): boolean {
  if (result.skipped) return false;
  if (result.error || !result.count) return true;
  const { lost, duplicated, unexpected } = result.count;
  return lost.length + duplicated.length + unexpected.length > 0 || result.caughtUpMs === undefined;
}

/**
 * The table: per fault, the commands sent and acknowledged, those whose answer never came and
 * what the store says of them, effects lost and doubled, copies Kafka carried twice (absorbed),
 * and the time from lifting the fault to the first acknowledged command and to everything caught up
 * (the time to recover).
 */
export function renderTable(results: readonly ScenarioResult[]): string {
  const header = ['fault', 'commands sent', 'acknowledged', 'refused', 'unknown: stored/not', 'lost', 'duplicated', 'unexpected', 'Kafka copies absorbed', 'first ok after lift', 'time to recover', 'result'];
  const rows = results.map((r) => {
    if (r.skipped) return [r.name, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', `SKIPPED: ${r.skipped}`];
    if (!r.count) return [r.name, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', `ERROR: ${r.error ?? 'no count'}`];
    const c = r.count;
    return [
      r.name,
      String(c.sent),
      String(c.acknowledged),
      String(c.refused),
      `${c.unknownStored}/${c.unknownNotStored}`,
      String(c.lost.length),
      String(c.duplicated.length),
      String(c.unexpected.length),
      String(c.kafkaCopies),
      seconds(r.firstSuccessMs),
      seconds(r.caughtUpMs),
      r.error ? `ERROR: ${r.error}` : failed(r) ? 'FAIL' : 'ok',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** What each row saw and, for a failing row, the first findings. */
export function renderDetails(results: readonly ScenarioResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.skipped) continue;
    out.push(`* ${r.name}: answers ${JSON.stringify(r.statuses ?? {})}`);
    for (const note of r.notes) out.push(`    ${note}`);
    if (r.error) out.push(`    error: ${r.error}`);
    for (const kind of ['lost', 'duplicated', 'unexpected'] as const) {
      const findings = r.count?.[kind] ?? [];
      for (const f of findings.slice(0, 8)) out.push(`    ${kind}: ${f.where}: ${f.what} (${f.id})`);
      if (findings.length > 8) out.push(`    ... and ${findings.length - 8} more ${kind}`);
    }
  }
  return out.join('\n');
}
