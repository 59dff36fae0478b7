import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The benchmark's world: its own Kafka and FerretDB (run.sh), its own files, free ports. */
export interface BenchWorld {
  dir: string;
  kafkaBrokers: string;
  mongoUrl: string;
  /** Where the dist/ tree is (the services' entry points). */
  distRoot: string;
  /** Extra node flags for the services, e.g. `--cpu-prof --cpu-prof-dir=...`. */
  nodeFlags: string[];
  /** Names this run's databases, topics and consumer groups (servers reused across runs never mix them). */
  run: string;
}

export const SERVICES = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface RunningService {
  name: ServiceName;
  baseUrl: string;
  child: ChildProcess;
  logFile: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The dev keys and secrets every service of the run shares, and the token settings. */
export function authOf(world: BenchWorld) {
  return { devKeyPath: path.join(world.dir, 'auth/dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
}

/**
 * The environment of one service: the run's SQLite file, its own database on the run's FerretDB,
 * the run's Kafka, and RATE_LIMIT_PER_SECOND=0 (the per-token limit would otherwise answer 429
 * to a benchmark's one token long before the service is at its limit).
 */
function envOf(world: BenchWorld, name: ServiceName, port: number, peers: Partial<Record<ServiceName, string>>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    SQLITE_PATH: path.join(world.dir, 'events.sqlite'),
    MONGO_URL: `${world.mongoUrl}/bench-${world.run}-${name}`,
    KAFKA_BROKERS: world.kafkaBrokers,
    KAFKA_TOPIC_NAMESPACE: `bench-${world.run}`,
    KAFKA_GROUP_ID: `${name}-${world.run}`,
    AUTH_DEV_KEY_PATH: authOf(world).devKeyPath,
    PRIVACY_MASTER_KEY_PATH: path.join(world.dir, 'privacy/master-key'),
    IDENTITY_HASH_SECRET_PATH: path.join(world.dir, 'privacy/identity-hash-secret'),
    RATE_LIMIT_PER_SECOND: '0',
    ...(peers['client-intake'] ? { CLIENT_INTAKE_URL: peers['client-intake'] } : {}),
    ...(peers['skills-assessment'] ? { SKILLS_ASSESSMENT_URL: peers['skills-assessment'] } : {}),
  };
}

async function waitReady(service: RunningService, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited (${service.child.exitCode}); see ${service.logFile}`);
    try {
      if ((await fetch(`${service.baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${service.name} not ready after ${timeoutMs} ms; see ${service.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts the five services as separate processes (as `npm start` does) and waits until each is ready. */
export async function startStack(world: BenchWorld): Promise<Record<ServiceName, RunningService>> {
  const logDir = path.join(world.dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const))) as Record<ServiceName, number>;
  const urls = Object.fromEntries(SERVICES.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as Record<ServiceName, string>;
  const started = {} as Record<ServiceName, RunningService>;
  for (const name of SERVICES) {
    const logFile = path.join(logDir, `${name}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, [...world.nodeFlags, '--enable-source-maps', path.join(world.distRoot, 'services', name, 'src/main.js')], {
      env: envOf(world, name, ports[name], urls),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    started[name] = { name, baseUrl: urls[name], child, logFile };
    // The first one creates the SQLite file and the dev keys; the others then open them.
    if (name === 'client-intake') await waitReady(started[name], 120_000);
  }
  await Promise.all(SERVICES.map((name) => waitReady(started[name], 120_000)));
  return started;
}

/** SIGTERM (graceful shutdown writes the CPU profiles), SIGKILL after 20 s. */
export async function stopStack(services: Partial<Record<ServiceName, RunningService>>): Promise<void> {
  await Promise.all(
    Object.values(services).map(
      (service) =>
        new Promise<void>((resolve) => {
          const { child } = service;
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
