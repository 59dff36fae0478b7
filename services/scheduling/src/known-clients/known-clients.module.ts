import { Module } from '@nestjs/common';
import { KNOWN_CLIENT_MODEL, knownClientModelProvider } from './read-models/known-client.schema';
import { KnownClients } from './read-models/known-clients';

/**
 * The clients scheduling knows from client-intake's facts (organisation, current process
 * number, advisor, exited): written by the client-intake consumer, read where a request names a
 * client (opening a process, enrolling in a group session).
 */
@Module({
  providers: [knownClientModelProvider, KnownClients],
  exports: [KnownClients, KNOWN_CLIENT_MODEL],
})
export class KnownClientsModule {}
