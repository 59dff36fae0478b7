// Regenerates the contract documents from the registry in libs/contracts/src:
// libs/contracts/asyncapi.yaml, docs/events.md, libs/contracts/schemas/<Type>.v<n>.json, and adds
// libs/contracts/released/<Type>.v<n>.json snapshots for NEW versions only (a released snapshot
// is never rewritten). `--check` changes nothing and exits 1 when something is stale.
// Usage: bash scripts/with-node24.sh node scripts/generate-contract-docs.mjs [--check]
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// Runs the TypeScript sources directly (SWC on require, @career/* aliases resolved).
require(path.join(root, 'libs/testing/src/child-process/ts-register.js'));
const artifacts = require(path.join(root, 'libs/contracts/src/asyncapi/contract-artifacts.ts'));

if (process.argv.includes('--check')) {
  const stale = artifacts.staleFiles(root);
  const snapshots = artifacts.missingSnapshots(root).map((f) => f.path);
  for (const file of [...stale, ...snapshots]) console.log(`stale or missing: ${file}`);
  if (stale.length + snapshots.length > 0) {
    console.log(`run: ${artifacts.REGENERATE_COMMAND}`);
    process.exit(1);
  }
  console.log('contract documents are up to date');
} else {
  const { written, removed, snapshotsAdded } = artifacts.writeContractArtifacts(root);
  for (const file of written) console.log(`wrote ${file}`);
  for (const file of removed) console.log(`removed ${file} (no longer registered)`);
  for (const file of snapshotsAdded) console.log(`released snapshot added: ${file}`);
  if (written.length + removed.length + snapshotsAdded.length === 0) console.log('contract documents are up to date');
}
