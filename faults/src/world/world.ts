import { signDevToken } from '@career/auth';
import type { ReadModelReader } from '../count/read-models';
import type { TopicTap } from '../count/topic-tap';
import type { EventStoreDisk } from './event-store-disk';
import type { PrivateInfra } from './private-infra';
import { devKeyPathOf, type ServiceFleet } from './service-fleet';

/** Everything a scenario works on: the servers, the services, the store and the counters' eyes. */
export interface World {
  dir: string;
  infra: PrivateInfra;
  fleet: ServiceFleet;
  storePath: string;
  disk: EventStoreDisk;
  tap: TopicTap;
  readModels: ReadModelReader;
  tokens: TokenSource;
}

/** Dev tokens signed with the run's key, one per advisor (rate limits are per token, as for real users). */
export class TokenSource {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(private readonly dir: string) {}

  advisor(organisation: string, advisorId: string): Promise<string> {
    return this.get('advisor', organisation, advisorId);
  }

  get(role: 'advisor' | 'admin', organisation: string, sub: string): Promise<string> {
    const key = `${role}/${organisation}/${sub}`;
    let token = this.cache.get(key);
    if (!token) {
      token = signDevToken({ role, org: organisation, sub, ttl: '2h' }, { devKeyPath: devKeyPathOf(this.dir), issuer: 'career-dev', audience: 'career-api' });
      this.cache.set(key, token);
    }
    return token;
  }
}
