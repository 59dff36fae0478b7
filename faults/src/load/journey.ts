import { helsinkiDate } from '@career/calendar';
import { guidanceProcessIdOf } from '@career/contracts';
import { registrationBody, syntheticPerson } from '@career/testing';
import type { ServiceName } from '../world/service-fleet';
import type { CommandRecord } from './command-ledger';
import type { CommandRequest, CommandSender } from './command-sender';

export interface JourneyContext {
  organisation: string;
  sender: CommandSender;
  /** The instance to send a service's command to, and its base URL (a second instance shares the load). */
  route(service: ServiceName): { instance: string; baseUrl: string };
  advisorToken(advisorId: string): Promise<string>;
  /** A short tag of the scenario, so advisor ids never repeat across scenarios. */
  tag: string;
}

/**
 * One client's way through the process, one command per service that takes commands
 * (docs/domain.md#the-process): registration, a meeting, a skill, a skills-based CV, the exit
 * and its outcome. Each command waits for the facts it needs (the process, the profile) the way
 * a person at a desk would: by trying again shortly. Stops at the first command that was not
 * acknowledged and needs the one before (no client id, no way on).
 */
export async function runJourney(context: JourneyContext, index: number): Promise<void> {
  const advisorId = `${context.tag}-adviser-${index}`;
  const token = await context.advisorToken(advisorId);
  const send = (kind: CommandRequest['kind'], service: ServiceName, path: string, body: unknown, clientId?: string): Promise<CommandRecord> => {
    return context.sender.send({ kind, route: () => context.route(service), path, token, body, clientId });
  };

  const registered = await send('register', 'client-intake', '/api/v1/clients', registrationBody(context.organisation, `Vikasieto${index}`, syntheticPerson(index), { advisorId }));
  const clientId = registered.outcome === 'acknowledged' ? (registered.body?.clientId as string | undefined) : undefined;
  if (!clientId) return;
  registered.clientId = clientId;

  const processId = guidanceProcessIdOf(clientId, 1);
  // Two days ahead: a first meeting of the initial assessment, alone in the advisor's agenda.
  const start = new Date(Date.now() + 2 * 24 * 3600_000).toISOString();
  await Promise.all([
    send('scheduleMeeting', 'scheduling', `/api/v1/guidance-processes/${processId}/meetings`, { start, durationMinutes: 45, mode: 'phone' }, clientId),
    send('addSkill', 'skills-assessment', `/api/v1/skills-profiles/${clientId}/skills`, { label: 'Trukin ajo', kind: 'skill', proficiency: 3, gainedIn: 'work' }, clientId),
  ]);
  await send('generateDocument', 'document-generation', '/api/v1/documents', { clientId, kind: 'skills-cv', format: 'json' }, clientId);
  const today = helsinkiDate(new Date());
  await send('exit', 'client-intake', `/api/v1/clients/${clientId}/exit`, { exitDate: today, reason: 'job-searching' }, clientId);
  await send(
    'recordOutcome',
    'outcomes-reporting',
    '/api/v1/outcomes',
    { kind: 'exit', clientId, exitDate: today, outcome: { status: 'job-searching' }, source: 'client' },
    clientId,
  );
}
