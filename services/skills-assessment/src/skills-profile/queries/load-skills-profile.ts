import { fold, type EventStore } from '@career/event-sourcing';
import { skillsProfileDecider } from '../skills-profile.decider';
import { skillsProfileStreamId } from '../skills-profile.events';
import type { SkillsProfileState } from '../skills-profile.state';
import type { SkillsProfileCodec } from '../skills-profile-event-codec';

export interface LoadedSkillsProfile {
  /** Personal fields decrypted; ERASED markers once the client's key was destroyed. */
  state: SkillsProfileState;
  /** Revision of the stream's last event (-1 when there is none): the ETag and the provenance. */
  revision: number;
}

/**
 * The profile folded from its stream. Profiles are small (tens of events), so reading the
 * stream is simpler than keeping a read model and is never stale: the GET and the internal
 * API show exactly the revision they name.
 */
export async function loadSkillsProfile(store: EventStore, codec: SkillsProfileCodec, clientId: string): Promise<LoadedSkillsProfile> {
  const recorded = await store.readStream(skillsProfileStreamId(clientId));
  const events = await Promise.all(recorded.map((event) => codec.decode(event)));
  return { state: fold(skillsProfileDecider, events), revision: recorded.at(-1)?.revision ?? -1 };
}
