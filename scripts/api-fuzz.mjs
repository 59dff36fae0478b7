// The API fuzzing phase of `npm test`: schemathesis (PyPI, pinned, in a git-ignored venv) against
// every service's OpenAPI document (/docs-json), as each role the service serves, with the checks
// not_a_server_error and response_schema_conformance. It starts the five built services (dist/)
// on free ports in a world of their own (temp folder, own databases, own consumer groups, own dev
// key), runs, stops them, writes a Jest-shaped result for scripts/summarise-tests.mjs and prints
// one summary line. A finding is a product bug: fix the service, never the check.
//
//   node scripts/api-fuzz.mjs [--results FILE] [--only client-intake,...] [--max-examples N]
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const SCHEMATHESIS_VERSION = '4.32.5';
const venv = path.join(root, '.tools/schemathesis');
const schemathesis = path.join(venv, 'bin/schemathesis');

/**
 * The roles each service serves (its `@Roles(...)`; `admin` everywhere for the operators'
 * subscriber routes). Keep in step with the controllers: a role missing here is not fuzzed.
 */
const ROLES = {
  'client-intake': ['advisor', 'admin', 'service'],
  scheduling: ['advisor', 'coordinator', 'admin'],
  'skills-assessment': ['advisor', 'admin', 'service'],
  'document-generation': ['advisor', 'coordinator', 'admin'],
  'outcomes-reporting': ['advisor', 'reporter', 'admin'],
};
const CHECKS = 'not_a_server_error,response_schema_conformance';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const resultsFile = option('results', path.join(root, '.data/test-results/api-fuzz.json'));
const only = option('only', Object.keys(ROLES).join(',')).split(',');
// Small on purpose: CI runs the whole `npm test` in under 25 minutes on two cores.
const maxExamples = Number(option('max-examples', process.env.API_FUZZ_MAX_EXAMPLES ?? '4'));

function log(line) {
  process.stdout.write(`api-fuzz: ${line}\n`);
}

/** The pinned schemathesis in .tools/schemathesis (git-ignored), installed from PyPI on first use. */
function ensureSchemathesis() {
  const installed = existsSync(schemathesis) && spawnSync(schemathesis, ['--version'], { encoding: 'utf8' }).stdout?.includes(SCHEMATHESIS_VERSION);
  if (installed) return;
  log(`installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into .tools/schemathesis`);
  const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : 'python';
  for (const [command, commandArgs] of [
    [python, ['-m', 'venv', venv]],
    [path.join(venv, 'bin/pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ]) {
    const run = spawnSync(command, commandArgs, { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(name, baseUrl, child, logFile) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} not ready after 180 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function token(env, role, org) {
  const cli = path.join(root, 'dist/libs/auth/src/dev-token.cli.js');
  const run = spawnSync(process.execPath, [cli, '--role', role, '--org', org, '--sub', `fuzz-${role}`, '--ttl', '2h'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not sign a ${role} token: ${run.stderr}`);
  return run.stdout.trim();
}

/** One schemathesis run; its JUnit report tells the operations that failed. */
async function fuzz(service, role, baseUrl, bearer, reportDir) {
  const junit = path.join(reportDir, `${service}-${role}.xml`);
  const started = Date.now();
  const child = spawn(
    schemathesis,
    [
      'run',
      `${baseUrl}/docs-json`,
      '--url',
      baseUrl,
      '--checks',
      CHECKS,
      '--header',
      `Authorization: Bearer ${bearer}`,
      '--max-examples',
      String(maxExamples),
      '--phases',
      'examples,coverage,fuzzing',
      '--seed',
      '20261',
      '--no-shrink',
      '--request-timeout',
      '30',
      // One worker: parallel workers hit a CPython 3.11 ast.parse thread-safety bug inside
      // hypothesis ("AST constructor recursion depth mismatch"); runs go two at a time instead.
      '--workers',
      '1',
      '--suppress-health-check',
      'all',
      '--report',
      'junit',
      '--report-junit-path',
      junit,
    ],
    { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise((resolve) => child.once('close', resolve));
  writeFileSync(path.join(reportDir, `${service}-${role}.log`), output);
  const xml = existsSync(junit) ? readFileSync(junit, 'utf8') : '';
  const cases = [...xml.matchAll(/<testcase\b[^>]*\bname="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)].map((match) => ({
    operation: match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    failed: /<(failure|error)\b/.test(match[3] ?? ''),
    skipped: /<skipped\b/.test(match[3] ?? ''),
  }));
  // A run that could not test (schema refused, crash) is a failure of its own.
  const crashed = cases.length === 0 || (status !== 0 && !cases.some((c) => c.failed));
  return { service, role, cases, crashed, status, output, seconds: Math.round((Date.now() - started) / 1000) };
}

/** Runs `jobs` with at most `limit` at once (two cores: two schemathesis processes beside the services). */
async function inParallel(jobs, limit) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]();
      }
    }),
  );
  return results;
}

async function main() {
  ensureSchemathesis();
  if (!existsSync(path.join(root, 'dist/services/client-intake/src/main.js'))) throw new Error('dist/ is missing: build first (node scripts/build.mjs; npm test does it)');
  const run = `fuzz-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'career-api-fuzz-'));
  const reportDir = path.join(root, '.data/api-fuzz');
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const organisation = `FUZZ${randomBytes(3).toString('hex').toUpperCase()}`;
  const ports = Object.fromEntries(await Promise.all(Object.keys(ROLES).map(async (name) => [name, await freePort()])));
  const url = (name) => `http://127.0.0.1:${ports[name]}`;
  const shared = {
    SQLITE_PATH: path.join(dir, 'events.sqlite'),
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    AUTH_DEV_KEY_PATH: path.join(dir, 'auth/dev-key.json'),
    PRIVACY_MASTER_KEY_PATH: path.join(dir, 'privacy/master-key'),
    IDENTITY_HASH_SECRET_PATH: path.join(dir, 'privacy/identity-hash-secret'),
    // The fuzzer sends hundreds of requests a second: the per-token limit would answer most with 429.
    RATE_LIMIT_PER_SECOND: '0',
    LOG_LEVEL: 'warn',
  };
  const mongoBase = (process.env.MONGO_URL_BASE ?? 'mongodb://127.0.0.1:27017').replace(/\/$/, '');
  const services = [];
  const started = Date.now();
  const results = [];
  try {
    for (const name of Object.keys(ROLES)) {
      const logFile = path.join(reportDir, `${name}.service.log`);
      const env = {
        ...process.env,
        ...shared,
        PORT: String(ports[name]),
        MONGO_URL: `${mongoBase}/${run}-${name}`,
        KAFKA_GROUP_ID: `${name}-${run}`,
        CLIENT_INTAKE_URL: url('client-intake'),
        SKILLS_ASSESSMENT_URL: url('skills-assessment'),
        RETENTION_JOB_INTERVAL_MS: '0',
      };
      const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, `dist/services/${name}/src/main.js`)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out = createWriteStream(logFile);
      child.stdout.pipe(out);
      child.stderr.pipe(out);
      services.push({ name, child, logFile, mongoUrl: env.MONGO_URL });
    }
    for (const { name, child, logFile } of services) await waitReady(name, url(name), child, logFile);
    log(`five services ready in ${Math.round((Date.now() - started) / 1000)} s (organisation ${organisation}, ${maxExamples} examples per operation)`);
    const bearer = Object.fromEntries(Object.values(ROLES).flat().map((role) => [role, token({ AUTH_DEV_KEY_PATH: shared.AUTH_DEV_KEY_PATH }, role, organisation)]));
    const jobs = only.flatMap((name) => ROLES[name].map((role) => () => fuzz(name, role, url(name), bearer[role], reportDir)));
    for (const result of await inParallel(jobs, 2)) {
      const failed = result.cases.filter((c) => c.failed);
      results.push(result);
      log(`${result.service} as ${result.role}: ${result.cases.length} operations, ${failed.length} failed${result.crashed ? ' (the run itself failed)' : ''}, ${result.seconds} s`);
      for (const c of failed) log(`  FAILED ${c.operation} (see .data/api-fuzz/${result.service}-${result.role}.log)`);
      if (result.crashed) log(`  ${result.output.split('\n').slice(-15).join('\n  ')}`);
    }
  } finally {
    for (const { child } of services) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(services.map(({ child }) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
    await dropDatabases(services.map((s) => s.mongoUrl)).catch((error) => log(`could not drop the run's databases: ${error.message}`));
    rmSync(dir, { recursive: true, force: true });
  }
  const suites = results.map((r) => ({
    name: `${root}/scripts/api-fuzz.mjs`,
    assertionResults: [
      ...r.cases.map((c) => ({ ancestorTitles: [`${r.service} as ${r.role}`], title: c.operation, status: c.failed ? 'failed' : c.skipped ? 'pending' : 'passed' })),
      ...(r.crashed ? [{ ancestorTitles: [`${r.service} as ${r.role}`], title: 'schemathesis run', status: 'failed' }] : []),
    ],
  }));
  const all = suites.flatMap((s) => s.assertionResults);
  const count = (status) => all.filter((a) => a.status === status).length;
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify({ numPassedTests: count('passed'), numFailedTests: count('failed'), numPendingTests: count('pending'), numTodoTests: 0, numRuntimeErrorTestSuites: 0, testResults: suites }),
  );
  log(`reports in ${path.relative(root, reportDir)}/`);
  log(`${count('passed')} passed, ${count('failed')} failed, ${count('pending')} skipped (operations x roles, checks ${CHECKS}) in ${Math.round((Date.now() - started) / 1000)} s`);
  return count('failed') === 0 ? 0 : 1;
}

async function dropDatabases(urls) {
  const { default: mongoose } = await import('mongoose');
  for (const mongoUrl of urls) {
    const connection = await mongoose.createConnection(mongoUrl, { serverSelectionTimeoutMS: 5_000 }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
