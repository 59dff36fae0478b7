import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { WORKSPACE_ROOT } from '../service-process';

// No Docker engine here, so `docker compose up` cannot run in CI: this keeps the deployment
// file honest by reading it (docs/architecture.md, README "Docker deployment") against the facts the rest of the project states.
type ComposeService = {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
};

const compose = parse(readFileSync(path.join(WORKSPACE_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const ports: Record<string, number> = {
  'client-intake': 3001,
  scheduling: 3002,
  'skills-assessment': 3003,
  'document-generation': 3004,
  'outcomes-reporting': 3005,
  notifications: 3006,
};

describe('docker-compose.yml', () => {
  it('runs Kafka, EventStoreDB and MongoDB with health checks', () => {
    expect(compose.services.kafka?.image).toMatch(/^apache\/kafka:4\./);
    expect(compose.services.eventstore?.image).toMatch(/^eventstore\/eventstore:/);
    expect(compose.services.mongodb?.image).toMatch(/^mongo:/);
    for (const name of ['kafka', 'eventstore', 'mongodb']) {
      expect(compose.services[name]?.healthcheck?.test).toEqual(expect.arrayContaining([expect.stringMatching(/^CMD/)]));
    }
  });

  it.each(Object.entries(ports))('runs %s from the one Dockerfile on EventStoreDB, on port %d, with its own database', (name, port) => {
    const service = compose.services[name];
    expect(service.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(service.environment).toMatchObject({ SERVICE: name, PORT: String(port), EVENT_STORE: 'esdb', KAFKA_BROKERS: 'kafka:9092' });
    expect(service.environment?.MONGO_URL).toBe(`mongodb://mongodb:27017/career-${name}`);
    expect(service.ports).toEqual([`${port}:${port}`]);
    for (const dependency of ['kafka', 'eventstore', 'mongodb']) expect(service.depends_on?.[dependency]).toEqual({ condition: 'service_healthy' });
  });

  it('gives the notifications service its mail relay and the owners it reads at send time', () => {
    expect(compose.services.notifications?.environment).toMatchObject({
      SMTP_URL: expect.stringMatching(/^\$\{SMTP_URL:\?/),
      CLIENT_INTAKE_URL: 'http://client-intake:3001',
      SCHEDULING_URL: 'http://scheduling:3002',
    });
  });

  it('uses the same ports as the local scripts', () => {
    const scripts = readFileSync(path.join(WORKSPACE_ROOT, 'scripts/services.sh'), 'utf8');
    for (const [name, port] of Object.entries(ports)) expect(scripts).toContain(`[${name}]=${port}`);
  });

  it('builds every service into one glibc Node 24 image', () => {
    const dockerfile = readFileSync(path.join(WORKSPACE_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:24-bookworm-slim AS build$/m);
    expect(dockerfile).toContain('dist/services/${SERVICE}/src/main.js');
    expect(dockerfile).not.toMatch(/alpine/);
  });
});
