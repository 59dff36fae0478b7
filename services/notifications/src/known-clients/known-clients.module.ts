import { Module } from '@nestjs/common';
import { knownClientModelProvider, KnownClients } from './read-models/known-clients';

/** The clients this service knows from client-intake's facts (organisation, advisor). */
@Module({ providers: [knownClientModelProvider, KnownClients], exports: [KnownClients] })
export class KnownClientsModule {}
