import { Module } from '@nestjs/common';
import { clientEventCodecProvider } from './client-event-codec';
import { ClientController } from './client.controller';
import { RegisterClientHandler } from './commands/register-client.handler';

@Module({
  controllers: [ClientController],
  providers: [clientEventCodecProvider, RegisterClientHandler],
})
export class ClientModule {}
