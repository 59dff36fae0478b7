// Adds up the JSON results Jest wrote for each phase of `npm test` and prints one closing
// line, "N passed, N failed, N skipped", the form CI reads, plus each phase's counts and,
// for every group of skipped tests, its name (which says why it was skipped).
import { readFileSync, existsSync } from 'node:fs';

const phases = process.argv.slice(2);
const total = { passed: 0, failed: 0, skipped: 0 };
const skippedGroups = new Map();
for (const file of phases) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (the phase did not run to the end)`);
    total.failed++;
    continue;
  }
  const result = JSON.parse(readFileSync(file, 'utf8'));
  const phase = { passed: result.numPassedTests, failed: result.numFailedTests + result.numRuntimeErrorTestSuites, skipped: result.numPendingTests + result.numTodoTests };
  console.log(`${file}: ${phase.passed} passed, ${phase.failed} failed, ${phase.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += phase[key];
  for (const suite of result.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'pending' && test.status !== 'todo' && test.status !== 'skipped') continue;
      const group = `${suite.name.replace(`${process.cwd()}/`, '')}: ${test.ancestorTitles[0] ?? test.title}`;
      skippedGroups.set(group, (skippedGroups.get(group) ?? 0) + 1);
    }
  }
}
for (const [group, count] of skippedGroups) console.log(`skipped ${count} test${count === 1 ? '' : 's'} in ${group}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
