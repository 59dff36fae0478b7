import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { SNAPSHOT_FILE, snapshotFileName } from '../compatibility/release-rules';
import { buildAsyncApi } from './build-asyncapi';
import { publishedEvents } from './published-events';
import { renderEventsMarkdown } from './render-events-markdown';

/**
 * The generated files of the contracts, relative to the workspace root. Only the generator
 * script and the staleness tests import this module (it needs the `yaml` dev dependency).
 */
export const REGENERATE_COMMAND = 'bash scripts/with-node24.sh node scripts/generate-contract-docs.mjs';
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
export const ASYNCAPI_FILE = 'libs/contracts/asyncapi.yaml';
export const EVENTS_MARKDOWN_FILE = 'docs/events.md';
export const SCHEMAS_DIR = 'libs/contracts/schemas';
export const RELEASED_DIR = 'libs/contracts/released';

export interface GeneratedFile {
  path: string;
  content: string;
}

export function asyncApiYaml(): string {
  const header = `# Generated from libs/contracts/src by \`node scripts/generate-contract-docs.mjs\`: do not edit by hand.\n`;
  return header + stringify(buildAsyncApi(), { lineWidth: 0, aliasDuplicateObjects: false });
}

export function schemaFileContent(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every file the generator owns; the schemas folder holds exactly these schema files. */
export function generatedFiles(): GeneratedFile[] {
  return [
    { path: ASYNCAPI_FILE, content: asyncApiYaml() },
    { path: EVENTS_MARKDOWN_FILE, content: renderEventsMarkdown() },
    ...publishedEvents().map((e) => ({ path: `${SCHEMAS_DIR}/${e.key}.json`, content: schemaFileContent(e.schema) })),
  ];
}

/**
 * Snapshots for registered versions that have none yet (a new event or version). Existing
 * snapshots are never rewritten: they are what was released.
 */
export function missingSnapshots(root = WORKSPACE_ROOT): GeneratedFile[] {
  return publishedEvents()
    .map((e) => ({ path: `${RELEASED_DIR}/${snapshotFileName(e.key)}`, content: schemaFileContent(e.schema) }))
    .filter((file) => !existsSync(path.join(root, file.path)));
}

/** Generated files whose committed content differs (or that are missing), and stray schema files. */
export function staleFiles(root = WORKSPACE_ROOT): string[] {
  const expected = generatedFiles();
  const stale = expected.filter((f) => readIfExists(path.join(root, f.path)) !== f.content).map((f) => f.path);
  const expectedSchemas = new Set(expected.map((f) => f.path));
  const stray = schemaFilesIn(root).filter((p) => !expectedSchemas.has(p));
  return [...stale, ...stray];
}

/** Writes every generated file, removes stray schema files, adds missing snapshots. */
export function writeContractArtifacts(root = WORKSPACE_ROOT): { written: string[]; removed: string[]; snapshotsAdded: string[] } {
  const stale = new Set(staleFiles(root));
  const files = generatedFiles();
  const expected = new Set(files.map((f) => f.path));
  const removed = schemaFilesIn(root).filter((p) => !expected.has(p));
  for (const p of removed) rmSync(path.join(root, p));
  const written = files.filter((f) => stale.has(f.path));
  const snapshots = missingSnapshots(root);
  for (const file of [...written, ...snapshots]) {
    mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    writeFileSync(path.join(root, file.path), file.content);
  }
  return { written: written.map((f) => f.path), removed, snapshotsAdded: snapshots.map((f) => f.path) };
}

function schemaFilesIn(root: string): string[] {
  const dir = path.join(root, SCHEMAS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => SNAPSHOT_FILE.test(name)).map((name) => `${SCHEMAS_DIR}/${name}`);
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
