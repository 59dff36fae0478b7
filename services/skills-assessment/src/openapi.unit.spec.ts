import { openApiDocumentOf, openApiProblems } from '@career/testing';
import { AppModule } from './app.module';
import { SERVICE_NAME, SkillsAssessmentConfig } from './skills-assessment.config';

// The document /docs-json serves, read in Nest's preview mode (no server): every path parameter
// declared, every parameter and request field typed and bounded as the validation bounds it,
// request objects closed as the validation pipe closes them (docs/architecture.md#conventions, HTTP).
describe('skills-assessment OpenAPI document', () => {
  it('declares every path parameter and describes every request as strictly as the validation', async () => {
    const document = await openApiDocumentOf({ name: SERVICE_NAME, rootModule: AppModule, config: SkillsAssessmentConfig });
    expect(Object.keys(document.paths).length).toBeGreaterThan(3);
    expect(openApiProblems(document)).toEqual([]);
  });
});
