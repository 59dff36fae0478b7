import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, WORKSPACE_ROOT } from '@career/testing';

const run = promisify(execFile);

/** The shared servers every engineer's tests use: the fault suite must never touch them. */
const SHARED_PORTS: ReadonlySet<number> = new Set([9092, 9093, 27017, 1025, 8025]);

export type InfraServer = 'kafka' | 'ferretdb' | 'mailpit';
export const INFRA_SERVERS: readonly InfraServer[] = ['kafka', 'ferretdb', 'mailpit'];

export interface InfraPorts {
  kafka: number;
  kafkaController: number;
  mongo: number;
  smtp: number;
  mailpitHttp: number;
}

/**
 * A private Kafka, FerretDB and Mailpit for the fault suite, started by the same infra/local
 * scripts as the shared ones but on free ports and in a data folder of their own
 * (CAREER_DATA_DIR): their pid files are in that folder, so killing and restarting them can only
 * ever reach these.
 */
export class PrivateInfra {
  private constructor(
    readonly dataDir: string,
    readonly ports: InfraPorts,
  ) {}

  static async create(dataDir: string): Promise<PrivateInfra> {
    const ports = { kafka: await freePort(), kafkaController: await freePort(), mongo: await freePort(), smtp: await freePort(), mailpitHttp: await freePort() };
    for (const port of Object.values(ports)) {
      if (SHARED_PORTS.has(port)) throw new Error(`port ${port} belongs to the shared servers; refusing to use it`);
    }
    return new PrivateInfra(dataDir, ports);
  }

  get kafkaBrokers(): string {
    return `127.0.0.1:${this.ports.kafka}`;
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.ports.smtp}`;
  }

  mongoUrl(database: string): string {
    return `mongodb://127.0.0.1:${this.ports.mongo}/${database}`;
  }

  logFile(server: InfraServer): string {
    return path.join(this.dataDir, 'logs', `${server}.log`);
  }

  /** Starts the servers (up.sh), then checks that each one answering is the one it started. */
  async up(...servers: InfraServer[]): Promise<void> {
    await run('bash', [path.join(WORKSPACE_ROOT, 'infra/local/up.sh'), ...servers], { env: this.env(), maxBuffer: 16 * 1024 * 1024 });
    for (const server of servers) {
      const pid = this.pidOf(server);
      if (pid === undefined) throw new Error(`${server}: up.sh reused a server it did not start (port taken meanwhile?); refusing to go on`);
    }
  }

  /** kill -9: no shutdown at all. */
  async kill(server: InfraServer): Promise<void> {
    await this.signalAndWait(server, 'SIGKILL', 10_000);
  }

  /** A clean stop (SIGTERM), SIGKILL after 30 s. */
  async stop(server: InfraServer): Promise<void> {
    await this.signalAndWait(server, 'SIGTERM', 30_000);
  }

  /** Stops whatever of the two is still running (the suite's last step, also after a failure). */
  async down(): Promise<void> {
    await run('bash', [path.join(WORKSPACE_ROOT, 'infra/local/down.sh')], { env: { ...this.env(), INFRA_STOP_TIMEOUT: '20' } }).catch(() => undefined);
  }

  private async signalAndWait(server: InfraServer, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
    const pid = this.pidOf(server);
    if (pid === undefined) throw new Error(`${server} is not running (no live pid file in ${this.dataDir})`);
    process.kill(pid, signal);
    const deadline = Date.now() + timeoutMs;
    while (isAlive(pid)) {
      if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The pid from this folder's pid file, if that process is alive and is the server (not a recycled pid). */
  pidOf(server: InfraServer): number | undefined {
    let pid: number;
    try {
      pid = Number(readFileSync(path.join(this.dataDir, 'pids', `${server}.pid`), 'utf8').trim());
    } catch {
      return undefined;
    }
    if (!Number.isInteger(pid) || !isAlive(pid)) return undefined;
    // Every command line names this data folder (Kafka's config file, FerretDB's SQLite folder, Mailpit's database).
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(this.dataDir) ? pid : undefined;
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      CAREER_DATA_DIR: this.dataDir,
      KAFKA_PORT: String(this.ports.kafka),
      KAFKA_CONTROLLER_PORT: String(this.ports.kafkaController),
      MONGO_PORT: String(this.ports.mongo),
      MAILPIT_SMTP_PORT: String(this.ports.smtp),
      MAILPIT_HTTP_PORT: String(this.ports.mailpitHttp),
      KAFKA_HEAP_OPTS: '-Xms128m -Xmx384m',
    };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
