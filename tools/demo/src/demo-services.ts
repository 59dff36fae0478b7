import { createHash } from 'node:crypto';
import { signDevToken, type Role } from '@career/auth';
import { BaseServiceConfig, loadConfig } from '@career/platform';
import { expectStatus, request } from './demo-http';

export interface DemoServices {
  urls: { intake: string; scheduling: string; skills: string; documents: string; outcomes: string };
  /** A dev token of this person (cached: one per advisor, coordinator and reporter). */
  token(role: Role, organisation: string, sub: string): Promise<string>;
  /** The client's own token: their identity code as strong identification gives it (`npm run token -- --role client --identity-code ...`). */
  clientToken(organisation: string, identityCode: string): Promise<string>;
  /** Answers to every statement of the interest inventory, made from the client's number. */
  inventoryAnswers(index: number): Record<string, number>;
}

const url = (variable: string, port: number) => (process.env[variable] ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');

/**
 * The services `npm start` runs (override with CLIENT_INTAKE_URL, SCHEDULING_URL,
 * SKILLS_ASSESSMENT_URL, DOCUMENT_GENERATION_URL, OUTCOMES_REPORTING_URL) and the tokens of
 * the demo's staff, signed with the local dev key as `npm run token` signs them: each person
 * their own token, so the services' per-token rate limit applies per person, as in real use.
 */
export async function demoServices(): Promise<DemoServices> {
  const config = loadConfig(BaseServiceConfig);
  const settings = { devKeyPath: config.AUTH_DEV_KEY_PATH, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  const tokens = new Map<string, Promise<string>>();
  const urls = {
    intake: url('CLIENT_INTAKE_URL', 3001),
    scheduling: url('SCHEDULING_URL', 3002),
    skills: url('SKILLS_ASSESSMENT_URL', 3003),
    documents: url('DOCUMENT_GENERATION_URL', 3004),
    outcomes: url('OUTCOMES_REPORTING_URL', 3005),
  };
  const token = (role: Role, organisation: string, sub: string, identityCode?: string) => {
    const cacheKey = `${role} ${organisation} ${sub}`;
    if (!tokens.has(cacheKey)) tokens.set(cacheKey, signDevToken({ role, org: organisation, sub, name: `Demo ${role}`, ttl: '2h', ...(identityCode && { identityCode }) }, settings));
    return tokens.get(cacheKey)!;
  };
  // The subject is a pseudonym of the person's sign-in, not their identity code.
  const clientToken = (organisation: string, identityCode: string) => token('client', organisation, `person-${createHash('sha256').update(identityCode).digest('hex').slice(0, 16)}`, identityCode);
  const anyone = await token('advisor', 'DEMO-OULU', 'demo-oulu-advisor-1');
  const form = expectStatus(await request(urls.skills, 'GET', '/api/v1/interest-inventory?lang=fi', { token: anyone }), [200], 'the interest inventory form');
  const items = (form.json.items as { id: string }[]).map((item) => item.id);
  return {
    urls,
    token,
    clientToken,
    inventoryAnswers: (index) => Object.fromEntries(items.map((id, n) => [id, (index * 7 + n * 3 + (n % 6) * index) % 5])),
  };
}
