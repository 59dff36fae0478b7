import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, startService, WORKSPACE_ROOT, type RunningService } from '@career/testing';
import type { PrivateInfra } from './private-infra';

export const SERVICES = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface FleetSettings {
  infra: PrivateInfra;
  /** The run's folder: dev keys and privacy secrets. */
  dir: string;
  /** The SQLite event store file every service shares. */
  storePath: string;
}

export interface StartOptions {
  /** Extra environment (test-only hooks). */
  env?: Record<string, string>;
  /** A second instance gets its own name and port. */
  instance?: string;
}

/**
 * The six services as OS processes (the built dist/, as `npm start` runs them) on free ports,
 * against the private Kafka and FerretDB and one SQLite event store file, each with its own
 * MongoDB database and consumer group: what a deployment on one machine looks like.
 */
export class ServiceFleet {
  private readonly running = new Map<string, RunningService>();
  private ports = new Map<string, number>();

  constructor(private readonly settings: FleetSettings) {}

  /** Every service; the owners first: document-generation and notifications read them at render and send time. */
  async startAll(): Promise<void> {
    for (const name of SERVICES) this.ports.set(name, await freePort());
    const readers: readonly ServiceName[] = ['document-generation', 'notifications'];
    await Promise.all(SERVICES.filter((name) => !readers.includes(name)).map((name) => this.start(name)));
    await Promise.all(readers.map((name) => this.start(name)));
  }

  url(instance: string): string {
    const port = this.ports.get(instance);
    if (port === undefined) throw new Error(`no port for ${instance}`);
    return `http://127.0.0.1:${port}`;
  }

  isRunning(instance: string): boolean {
    const service = this.running.get(instance);
    return service !== undefined && service.process.exitCode === null && service.process.signalCode === null;
  }

  pidOf(instance: string): number | undefined {
    return this.running.get(instance)?.process.pid;
  }

  /** Where startService writes an instance's output (also when it did not start). */
  logFileOf(instance: string): string | undefined {
    const port = this.ports.get(instance);
    return port === undefined ? undefined : path.join(WORKSPACE_ROOT, '.data/logs/test', `${instance.split('#')[0]}-${port}.log`);
  }

  /** Starts one instance and waits until /health/ready answers 200. */
  async start(name: ServiceName, options: StartOptions = {}): Promise<void> {
    const instance = options.instance ?? name;
    if (this.isRunning(instance)) throw new Error(`${instance} is already running`);
    if (!this.ports.has(instance)) this.ports.set(instance, await freePort());
    const port = this.ports.get(instance)!;
    const service = await startService({ name, port, env: { ...this.envFor(name), ...options.env }, readyTimeoutMs: 120_000 });
    this.running.set(instance, service);
  }

  /** kill -9: the process gets no chance to finish anything. */
  async kill(instance: string): Promise<void> {
    const service = this.running.get(instance);
    if (!service) throw new Error(`${instance} is not running`);
    await service.stop('SIGKILL');
    this.running.delete(instance);
  }

  /** SIGTERM: a graceful shutdown. */
  async stop(instance: string): Promise<void> {
    const service = this.running.get(instance);
    if (!service) return;
    await service.stop('SIGTERM');
    this.running.delete(instance);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((instance) => this.stop(instance)));
  }

  /** What one service is started with; a second instance shares all of it (store, database, group). */
  envFor(name: ServiceName): Record<string, string> {
    const { infra, dir, storePath } = this.settings;
    const env: Record<string, string> = {
      SQLITE_PATH: storePath,
      MONGO_URL: infra.mongoUrl(`faults-${name}`),
      KAFKA_BROKERS: infra.kafkaBrokers,
      KAFKA_GROUP_ID: name,
      AUTH_DEV_KEY_PATH: devKeyPathOf(dir),
      PRIVACY_MASTER_KEY_PATH: path.join(dir, 'privacy/master-key'),
      IDENTITY_HASH_SECRET_PATH: path.join(dir, 'privacy/identity-hash-secret'),
      // Faults are lifted within seconds; readiness should report a stuck subscriber only after that.
      SUBSCRIBER_STUCK_AFTER_MS: '60000',
    };
    if (name === 'document-generation') {
      env.CLIENT_INTAKE_URL = this.url('client-intake');
      env.SKILLS_ASSESSMENT_URL = this.url('skills-assessment');
    }
    if (name === 'notifications') {
      env.CLIENT_INTAKE_URL = this.url('client-intake');
      env.SCHEDULING_URL = this.url('scheduling');
      env.SMTP_URL = infra.smtpUrl;
    }
    return env;
  }
}

export function devKeyPathOf(dir: string): string {
  return path.join(dir, 'auth/dev-key.json');
}

export function assertBuilt(): void {
  for (const name of SERVICES) {
    const entry = path.resolve(__dirname, '../../../dist/services', name, 'src/main.js');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm run test:faults does)`);
  }
}
