import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { DocumentGenerationConfig } from './document-generation.config';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3004, config: DocumentGenerationConfig });
