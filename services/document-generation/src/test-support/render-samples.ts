/**
 * Renders the sample client's CV, job application and agreed career plan in Finnish, Swedish and English, as PDF,
 * DOCX and JSON, into .data/samples/ (git-ignored), to look at before calling a layout done:
 *
 *   npm run build && bash scripts/with-node24.sh node dist/services/document-generation/src/test-support/render-samples.js
 *   pdftoppm -png -r 80 .data/samples/skills-cv.fi.pdf .data/samples/skills-cv.fi   # Debian poppler-utils
 *
 * Optional argument: the output directory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCareerPlan } from '../content/domain/build-career-plan';
import { buildJobApplication } from '../content/domain/build-job-application';
import { buildSkillsCv } from '../content/domain/build-skills-cv';
import { DOCUMENT_LANGUAGES } from '../content/domain/profile-input';
import { sampleApplicationInput, sampleCvInput } from './sample-client';
import { samplePlanInput } from './sample-plan';
import { renderDocument, DOCUMENT_FORMATS } from '../rendering/render-document';

async function main(): Promise<void> {
  const outputDirectory = resolve(process.argv[2] ?? '.data/samples');
  mkdirSync(outputDirectory, { recursive: true });
  for (const language of DOCUMENT_LANGUAGES) {
    const documents = [buildSkillsCv(sampleCvInput(language)), buildJobApplication(sampleApplicationInput(language)), buildCareerPlan(samplePlanInput(language))];
    for (const document of documents) {
      for (const format of Object.values(DOCUMENT_FORMATS)) {
        const file = join(outputDirectory, `${document.kind}.${language}.${format.extension}`);
        writeFileSync(file, await renderDocument(document, format.format));
        console.log(file);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
