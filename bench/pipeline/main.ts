/**
 * The pipeline benchmark (`npm run bench:pipeline [-- --full]`): the whole stack on this
 * machine, each figure beside a baseline measured in the same run. run.sh starts its own Kafka
 * and FerretDB on free ports; this starts the five services on free ports with their own SQLite
 * file (RATE_LIMIT_PER_SECOND=0), measures, stops them. See bench/README.md.
 *
 * Options: --full (also 100k clients stored), --seconds=N (per throughput run, default 5),
 * --cpu-prof (the services write V8 CPU profiles to <work dir>/profiles; keep it with BENCH_KEEP=1),
 * --only=throughput,lag,relay,rebuild,growth, --commands=registration,add-skill,schedule-meeting,record-outcome,
 * --levels=1000,10000 (clients stored), --lengths=10,100,1000 (stream lengths), --relay-events=20000.
 */
import os from 'node:os';
import path from 'node:path';
import { benchCommands } from './commands';
import { People, registerFixtures } from './fixtures';
import { measureGrowth } from './growth';
import { measureLag } from './lag';
import { measureRebuild } from './rebuild';
import { measureRelay } from './relay';
import { Stack } from './scenario';
import { startStack, stopStack, type BenchWorld, type RunningService, type ServiceName } from './stack';
import { printTable, type Row } from './table';
import { log, measureThroughput } from './throughput';

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : (arg.split('=')[1] ?? 'true');
}

function worldFromEnv(): BenchWorld {
  const dir = process.env.BENCH_DIR;
  const kafkaBrokers = process.env.BENCH_KAFKA_BROKERS;
  const mongoUrl = process.env.BENCH_MONGO_URL;
  if (!dir || !kafkaBrokers || !mongoUrl) throw new Error('run through `npm run bench:pipeline` (bench/pipeline/run.sh starts its Kafka and FerretDB)');
  const profiles = path.join(dir, 'profiles');
  return {
    dir,
    kafkaBrokers,
    mongoUrl,
    distRoot: path.resolve(__dirname, '../..'),
    nodeFlags: option('cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : [],
    run: Date.now().toString(36),
  };
}

async function main(): Promise<void> {
  const world = worldFromEnv();
  const full = option('full') !== undefined;
  const seconds = Number(option('seconds') ?? 5);
  const only = new Set((option('only') ?? 'throughput,lag,relay,rebuild,growth').split(','));
  const numbers = (name: string, fallback: number[]): number[] => option(name)?.split(',').map(Number) ?? fallback;
  const levels = numbers('levels', full ? [1_000, 10_000, 100_000] : [1_000, 10_000]);
  const lengths = numbers('lengths', [10, 100, 1_000]);
  const started = new Date();
  log(`starting the five services (SQLite ${path.join(world.dir, 'events.sqlite')}, Kafka ${world.kafkaBrokers}, FerretDB ${world.mongoUrl})`);
  let services: Record<ServiceName, RunningService> | undefined;
  const rows: Row[] = [];
  try {
    services = await startStack(world);
    const stack = await Stack.create(world, services);
    const people = new People();
    const chosen = option('commands')?.split(',');
    const commands = benchCommands(people).filter((command) => !chosen || chosen.includes(command.name));
    log('registering 64 clients for the command runs');
    const fixtures = await registerFixtures(stack, people, 64, 'fixtures');
    // A section that fails prints its error as a row; the others still run and print.
    const section = async (name: string, measure: () => Promise<Row[]>): Promise<void> => {
      if (!only.has(name)) return;
      try {
        const measured = await measure();
        rows.push(...measured);
        // Each section's figures as soon as it ends: a run cut short still shows what it measured.
        log(`${name} done:`);
        printTable(measured);
      } catch (error) {
        log(`${name} failed: ${String(error)}`);
        rows.push({ section: name, what: 'FAILED', figure: String(error).slice(0, 200), baseline: '', ratio: '', target: '' });
      }
    };
    await section('throughput', () => measureThroughput(stack, commands, fixtures, { seconds, connections: 16 }));
    const addSkill = benchCommands(people).find((c) => c.name === 'add-skill')!;
    await section('lag', () => measureLag(stack, people, world.kafkaBrokers, { command: addSkill, targets: fixtures, rate: 50 }));
    await section('relay', () => measureRelay(world, Number(option('relay-events') ?? 20_000)));
    await section('growth', () => measureGrowth(stack, people, commands, levels, lengths));
    await section('rebuild', () => measureRebuild(world));
  } finally {
    if (services) {
      log('stopping the services');
      await stopStack(services);
    }
  }
  const [one, five, fifteen] = os.loadavg();
  console.log(`\npipeline benchmark, ${started.toISOString()}: node ${process.version}, ${os.cpus().length} cores, load average at the end ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)}`);
  console.log(`the whole stack on this machine: 5 services (RATE_LIMIT_PER_SECOND=0), Kafka, FerretDB, the load generator; ${seconds} s per throughput run${full ? '; --full' : ''}\n`);
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
