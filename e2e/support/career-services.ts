import { freePort, startService, type RunningService } from '@career/testing';
import type { E2eEnvironment } from './e2e-environment';

export const CAREER_SERVICES = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting'] as const;
export type CareerService = (typeof CAREER_SERVICES)[number];

/**
 * The services as separate OS processes on one world's stores, wired to each other as in a
 * deployment: every service that serves the client's own channel resolves the person over
 * client-intake, document generation reads client-intake and skills-assessment at render time.
 */
export async function startCareerServices(env: E2eEnvironment, names: readonly CareerService[] = CAREER_SERVICES): Promise<Record<CareerService, RunningService>> {
  const ports = Object.fromEntries(await Promise.all(CAREER_SERVICES.map(async (name) => [name, await freePort()] as const))) as Record<CareerService, number>;
  const url = (name: CareerService) => `http://127.0.0.1:${ports[name]}`;
  const wiring: Record<CareerService, Record<string, string>> = {
    'client-intake': {},
    scheduling: { CLIENT_INTAKE_URL: url('client-intake') },
    'skills-assessment': { CLIENT_INTAKE_URL: url('client-intake') },
    'document-generation': { CLIENT_INTAKE_URL: url('client-intake'), SKILLS_ASSESSMENT_URL: url('skills-assessment') },
    'outcomes-reporting': {},
  };
  // Five Node processes starting at once on a busy machine take a while: a generous limit.
  const started = await Promise.allSettled(names.map((name) => startService({ name, port: ports[name], env: env.envFor(name, wiring[name]), readyTimeoutMs: 180_000 })));
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(running.map((service) => service.stop()));
    throw failed.reason;
  }
  return Object.fromEntries(running.map((service) => [service.name, service])) as Record<CareerService, RunningService>;
}
