import type { CommandContext } from '@career/event-sourcing';
import type { RegisterClientDto } from './register-client.dto';

export class RegisterClientCommand {
  constructor(
    readonly clientId: string,
    readonly input: RegisterClientDto,
    readonly context: CommandContext,
  ) {}
}
