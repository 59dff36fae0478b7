import { Module } from '@nestjs/common';
import { serviceTokenSourceProvider } from '@career/auth';
import { OwnersReader } from './owners.reader';

/** Reading the owners' internal APIs (client-intake, scheduling) with service tokens. */
@Module({ providers: [serviceTokenSourceProvider, OwnersReader], exports: [OwnersReader, serviceTokenSourceProvider] })
export class InternalApiClientsModule {}
