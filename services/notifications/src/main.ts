import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { NotificationsConfig } from './notifications.config';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3006, config: NotificationsConfig });
