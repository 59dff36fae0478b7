import type { Fixture, People } from './fixtures';
import type { RequestSpec } from './load';
import { addSkillOf, registrationOf, scheduleMeetingOf, statusChangeOf } from './scenario';
import type { ServiceName } from './stack';

/** One of the four commands the issue measures, and how its n-th request is made. */
export interface BenchCommand {
  name: 'registration' | 'add-skill' | 'schedule-meeting' | 'record-outcome';
  service: ServiceName;
  status: number;
  /** Throughput target on this machine (0: none beyond the p99 one). */
  targetRate: number;
  /** The n-th request, spread over `targets` (streams that already exist). */
  next(n: number, targets: readonly Fixture[]): RequestSpec;
}

export function benchCommands(people: People): BenchCommand[] {
  return [
    {
      name: 'registration',
      service: 'client-intake',
      status: 201,
      targetRate: 400,
      next: () => registrationOf(people.take(), 'bench-registration-advisor'),
    },
    {
      name: 'add-skill',
      service: 'skills-assessment',
      status: 201,
      targetRate: 1500,
      next: (n, targets) => addSkillOf(targets[n % targets.length].clientId, n),
    },
    {
      name: 'schedule-meeting',
      service: 'scheduling',
      status: 201,
      targetRate: 0,
      next: (n, targets) => {
        const target = targets[n % targets.length];
        return scheduleMeetingOf(target.processId, target.nextWeek++);
      },
    },
    {
      name: 'record-outcome',
      service: 'outcomes-reporting',
      status: 201,
      targetRate: 0,
      next: (n, targets) => statusChangeOf(targets[n % targets.length].clientId),
    },
  ];
}
