import type { INestApplication } from '@nestjs/common';
import type { Role } from '@career/auth';
import type { CommandSideOf, EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import {
  bootInProcess,
  dropMongoDatabase,
  httpCall,
  startClientResolverStandIn,
  testEnvironment,
  type ClientResolverStandIn,
  type HttpCallOptions,
  type HttpCallResponse,
} from '@career/testing';
import { AppModule } from '../app.module';
import { DEFAULT_PORT, SERVICE_NAME, SkillsAssessmentConfig } from '../skills-assessment.config';
import { skillsProfile } from '../skills-profile/domain/skills-profile.aggregate';

export interface SkillsAssessmentTestApp {
  app: INestApplication;
  organisation: string;
  store: EventStore;
  keys: DataKeyStore;
  profiles: CommandSideOf<typeof skillsProfile>;
  token(role: Role, org?: string, sub?: string): Promise<string>;
  /** The person's own token; `people.register` makes it resolve to a client record. */
  clientToken(identityCode: string, org?: string): Promise<string>;
  /** Stands in for client-intake's resolve API (the client's own channel). */
  people: ClientResolverStandIn;
  call(method: string, route: string, options?: HttpCallOptions): Promise<HttpCallResponse>;
  close(): Promise<void>;
}

/**
 * skills-assessment booted in this process as main.ts boots it, on the real servers: its own
 * SQLite file and MongoDB database, its own consumer group on the shared Kafka, an organisation
 * code nobody else uses. Fails (does not skip) when a server is missing.
 */
export async function startSkillsAssessment(label: string, overrides: Record<string, string> = {}): Promise<SkillsAssessmentTestApp> {
  const world = testEnvironment(label, { prefix: 'sa-int' });
  const people = await startClientResolverStandIn();
  const env = world.envFor(SERVICE_NAME, { LOG_LEVEL: 'warn', CLIENT_INTAKE_URL: people.url, ...overrides });
  // The privacy secrets are read from process.env (as in a real process).
  Object.assign(process.env, env);
  const { app, baseUrl } = await bootInProcess({
    name: SERVICE_NAME,
    rootModule: AppModule,
    defaultPort: DEFAULT_PORT,
    config: SkillsAssessmentConfig,
    env: { ...process.env, ...env },
  });
  return {
    app,
    organisation: world.organisation,
    store: app.get<EventStore>(EVENT_STORE),
    keys: app.get<DataKeyStore>(DATA_KEY_STORE),
    profiles: app.get<CommandSideOf<typeof skillsProfile>>(skillsProfile.token),
    token: (role, org, sub) => world.token(role, org, sub),
    clientToken: (identityCode, org) => world.clientToken(identityCode, org),
    people,
    call: (method, route, options) => httpCall(baseUrl, method, route, options),
    async close() {
      await app.close();
      await people.close();
      await dropMongoDatabase(env.MONGO_URL);
      world.removeDir();
    },
  };
}

