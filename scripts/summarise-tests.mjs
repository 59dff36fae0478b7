// Adds up the JSON results Jest wrote for each phase of `npm test` and prints one closing
// line, "N passed, N failed, N skipped", the form CI reads, plus each phase's counts.
import { readFileSync, existsSync } from 'node:fs';

const phases = process.argv.slice(2);
const total = { passed: 0, failed: 0, skipped: 0 };
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
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
