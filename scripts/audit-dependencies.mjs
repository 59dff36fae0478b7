// `npm audit --omit=dev` for CI: fails on any high or critical advisory in the production
// dependencies and prints one line with the counts. When the registry's audit endpoint cannot be
// asked (some registry mirrors refuse its POST), the audit did not run: that is printed as
// skipped, with the reason, never as a pass.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { error: { summary: (run.stderr || run.stdout || 'no output').trim().split('\n').pop() } };
}
if (report.error || !report.metadata) {
  const said = report.error?.summary || report.message || report.error?.code || 'no audit report';
  // npm quotes the endpoint's whole URL; the CI log keeps the path only, not the registry's host.
  const reason = String(said).replace(/\bhttps?:\/\/[^/\s]+/g, '<registry>');
  console.log(`audit: skipped: the registry's audit endpoint could not be asked (${reason})`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const blocking = (counts.high ?? 0) + (counts.critical ?? 0);
for (const [name, advisory] of Object.entries(report.vulnerabilities ?? {})) {
  if (advisory.severity === 'high' || advisory.severity === 'critical') {
    console.log(`audit: ${advisory.severity} ${name} ${advisory.range ?? ''}${advisory.fixAvailable ? ' (fix available: upgrade)' : ''}`);
  }
}
console.log(
  `audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in the production dependencies${blocking > 0 ? ': FAILED' : ''}`,
);
process.exit(blocking > 0 ? 1 : 0);
