import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Role } from '@career/auth';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { MONGO_CONNECTION } from '@career/platform';
import { bootInProcess, dropMongoDatabase, httpCall, testEnvironment, type HttpCallOptions, type HttpCallResponse } from '@career/testing';
import { decodeJwt } from 'jose';
import type { Connection } from 'mongoose';
import { AppModule, SERVICE_NAME } from '../app.module';
import type { DocumentLanguage } from '../content/domain';
import { DocumentGenerationConfig } from '../document-generation.config';
import { SAMPLE_CONTACT, sampleCvInput } from './sample-client';
import { samplePlan } from './sample-plan';

/** What the stand-in owners answer for one client: client-intake's contact and skills-assessment's profile. */
export interface StandInClient {
  organisation: string;
  preferredLanguage: DocumentLanguage;
  intakeRevision: number;
  /** Undefined: skills-assessment has no profile for the client (404). */
  profileRevision?: number;
  /** The person's identity code: their `client` token resolves to this client (client-intake's resolve API). */
  identityCode?: string;
}

/** An agreed version scheduling's stand-in serves: whose plan it is and the revision of its agreement. */
export interface StandInPlan {
  clientId: string;
  organisation: string;
  version: number;
  revision: number;
}

export interface DocumentGenerationTestApp {
  app: INestApplication;
  organisation: string;
  store: EventStore;
  mongo: Connection;
  /** The clients the stand-in internal APIs know, by id. */
  clients: Map<string, StandInClient>;
  /** The agreed career-plan versions the stand-in scheduling serves, by `<planId>/<version>`. */
  plans: Map<string, StandInPlan>;
  token(role: Role, org?: string): Promise<string>;
  /** The person's own token (role `client`); a client with this `identityCode` is theirs. */
  clientToken(identityCode: string, org?: string): Promise<string>;
  call(method: string, route: string, options?: HttpCallOptions): Promise<HttpCallResponse>;
  close(): Promise<void>;
}

/**
 * document-generation booted in this process as main.ts boots it, on the real servers (its own
 * SQLite file, its own MongoDB database, the shared Kafka), with one loopback HTTP server
 * standing in for the three internal APIs it reads at render time (client-intake's contact
 * details, skills-assessment's profile and scheduling's agreed career plans), answering from
 * `clients` and `plans` (a plan served only to a service token of its organisation, as
 * scheduling does).
 */
export async function startDocumentGeneration(label: string): Promise<DocumentGenerationTestApp> {
  const world = testEnvironment(label, { prefix: 'dg-int' });
  const clients = new Map<string, StandInClient>();
  const plans = new Map<string, StandInPlan>();
  const owners = await standInOwners(clients, plans);
  const ownersUrl = `http://127.0.0.1:${(owners.address() as AddressInfo).port}`;
  const env = world.envFor(SERVICE_NAME, { CLIENT_INTAKE_URL: ownersUrl, SKILLS_ASSESSMENT_URL: ownersUrl, SCHEDULING_URL: ownersUrl, LOG_LEVEL: 'warn' });
  const { app, baseUrl } = await bootInProcess({
    name: SERVICE_NAME,
    rootModule: AppModule,
    defaultPort: 3004,
    config: DocumentGenerationConfig,
    env: { ...process.env, ...env },
  });
  const mongo = app.get<Connection>(MONGO_CONNECTION);
  return {
    app,
    organisation: world.organisation,
    store: app.get<EventStore>(EVENT_STORE),
    mongo,
    clients,
    plans,
    token: (role, org) => world.token(role, org),
    clientToken: (identityCode, org) => world.clientToken(identityCode, org),
    call: (method, route, options) => httpCall(baseUrl, method, route, options),
    async close() {
      await app.close();
      owners.closeAllConnections();
      await new Promise((resolve) => owners.close(resolve));
      await dropMongoDatabase(env.MONGO_URL);
      world.removeDir();
    },
  };
}

function tokenOrganisationOf(request: IncomingMessage): unknown {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  return token ? decodeJwt(token).org : undefined;
}

/** client-intake's `POST /internal/v1/clients/resolve`: the service token's organisation and the code in the body -> the client. */
function resolve(request: IncomingMessage, clients: Map<string, StandInClient>, answer: (status: number, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { identityCode } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { identityCode?: string };
    const organisation = tokenOrganisationOf(request);
    const found = [...clients].find(([, client]) => client.identityCode === identityCode && client.organisation === organisation);
    answer(found ? 200 : 404, found ? { clientId: found[0] } : { title: 'Not Found' });
  });
}

function standInOwners(clients: Map<string, StandInClient>, plans: Map<string, StandInPlan>): Promise<Server> {
  const server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const planVersion = /^\/internal\/v1\/career-plans\/([^/]+)\/versions\/(\d+)$/.exec(request.url ?? '');
    if (planVersion) {
      const plan = plans.get(`${decodeURIComponent(planVersion[1]!)}/${planVersion[2]}`);
      if (!plan || plan.organisation !== tokenOrganisationOf(request)) return answer(404, { title: 'Not Found' });
      const language = clients.get(plan.clientId)?.preferredLanguage ?? 'fi';
      const { agreedAt, startedOn, confirmedAt, goals } = samplePlan(language);
      const servedGoals = goals.map((goal) => ({
        goalId: randomUUID(),
        kind: goal.kind,
        what: { label: goal.what },
        targetDate: goal.targetDate,
        status: goal.status,
        steps: goal.steps.map((step) => ({ stepId: randomUUID(), title: step.title, owner: step.owner, dueDate: step.dueDate, status: step.status, ...(step.linkKind ? { link: { kind: step.linkKind, id: randomUUID() } } : {}) })),
      }));
      const planId = decodeURIComponent(planVersion[1]!);
      return answer(200, { planId, processId: planId, clientId: plan.clientId, organisation: plan.organisation, version: plan.version, agreedAt, revision: plan.revision, startedOn, confirmedAt, goals: servedGoals, erased: false });
    }
    if (request.method === 'POST' && request.url === '/internal/v1/clients/resolve') return resolve(request, clients, answer);
    const contact = /^\/internal\/v1\/clients\/([^/]+)\/contact$/.exec(request.url ?? '');
    const profile = /^\/internal\/v1\/skills-profiles\/([^/]+)$/.exec(request.url ?? '');
    const clientId = decodeURIComponent((contact ?? profile)?.[1] ?? '');
    const client = clients.get(clientId);
    // As the owners do: another organisation's client is not found (the token names the organisation).
    if (!client || client.organisation !== tokenOrganisationOf(request)) return answer(404, { title: 'Not Found' });
    if (contact) {
      return answer(200, { clientId, organisation: client.organisation, ...SAMPLE_CONTACT, preferredLanguage: client.preferredLanguage, revision: client.intakeRevision });
    }
    if (profile && client.profileRevision !== undefined) {
      const { summary, skills, experience, education, licences } = sampleCvInput(client.preferredLanguage).profile;
      const profileText = summary ? { text: summary, recordedBy: 'client', writtenAt: '2026-03-01T09:00:00.000Z' } : null;
      return answer(200, { clientId, organisation: client.organisation, revision: client.profileRevision, profileText, skills, workExperience: experience, education, licences });
    }
    return answer(404, { title: 'Not Found' });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

