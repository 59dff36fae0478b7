import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule } from './app.module';
import { ClientIntakeConfig } from './client-intake.config';
import { SERVICE_NAME } from './integration/client-intake.published';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3001, config: ClientIntakeConfig });
