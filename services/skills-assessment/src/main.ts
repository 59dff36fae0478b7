import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule } from './app.module';
import { DEFAULT_PORT, SERVICE_NAME, SkillsAssessmentConfig } from './skills-assessment.config';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: DEFAULT_PORT, config: SkillsAssessmentConfig });
