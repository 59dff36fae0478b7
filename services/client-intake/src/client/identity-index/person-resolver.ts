import { Inject, Injectable } from '@nestjs/common';
import type { ClientResolver } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { client } from '../domain/client.aggregate';
import { IDENTITY_CODE_HASHER, IDENTITY_CODE_INDEX, type IdentityCodeHasher } from './identity-code.providers';
import { standingOf, type IdentityCodeIndex } from './identity-code-index';

/**
 * The signed-in person (organisation + identity code from e-Identification) -> their own client
 * record, through the keyed-hash index: the code is hashed, never stored or looked up in clear.
 * A person whose data was destroyed has no record any more; an exited one still sees theirs.
 */
@Injectable()
export class PersonResolver implements ClientResolver {
  constructor(
    @Inject(IDENTITY_CODE_INDEX) private readonly index: IdentityCodeIndex,
    @Inject(IDENTITY_CODE_HASHER) private readonly hashOf: IdentityCodeHasher,
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
  ) {}

  async resolve(organisation: string, identityCode: string): Promise<string | undefined> {
    const clientId = await this.index.registeredHolderOf(this.hashOf(organisation, identityCode));
    if (!clientId) return undefined;
    const standing = standingOf((await this.clients.standing(clientId, { organisation }))?.state);
    return standing === 'active' || standing === 'exited' ? clientId : undefined;
  }
}
