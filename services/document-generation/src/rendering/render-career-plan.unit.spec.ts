import JSZip from 'jszip';
import { buildCareerPlan } from '../content/domain/build-career-plan';
import { DOCUMENT_LANGUAGES } from '../content/domain/profile-input';
import { flatText, inspectPdf, type PdfInspection } from '../test-support/pdf-inspection';
import { samplePlanInput } from '../test-support/sample-plan';
import { PLAN_LABELS } from '../templates/plan-labels';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

describe.each(DOCUMENT_LANGUAGES)('the agreed career plan in %s', (language) => {
  const plan = buildCareerPlan(samplePlanInput(language));
  const labels = PLAN_LABELS[language];
  let pdf: Buffer;
  let read: PdfInspection;
  beforeAll(async () => {
    pdf = await renderPdf(plan);
    read = await inspectPdf(pdf);
  });

  it('reads back as a tagged PDF: the name, version and agreement date, every goal and step', () => {
    const text = flatText(read);
    for (const expected of ['Mikko Häkkinen', labels.planLabel, plan.versionLine, labels.sections.goals, labels.sections.agreement, plan.agreement.text]) {
      expect(text).toContain(expected);
    }
    for (const goal of plan.goals.items) {
      expect(text).toContain(goal.heading);
      for (const step of goal.steps) expect(text).toContain(step.label);
    }
    expect(read.info).toMatchObject({ Title: plan.meta.title, Language: plan.meta.languageTag });
    expect(read.roles.slice(0, 3)).toEqual(['Root', 'Document', 'H1']);
    for (const role of ['H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody']) expect(read.roles).toContain(role);
    expect(pdf.toString('latin1')).toContain('pdfuaid:part');
  });

  it('renders the same content as a DOCX with real heading styles', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(plan));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const styles = [...documentXml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(styles.filter((s) => s === 'Heading1')).toHaveLength(1);
    expect(styles.filter((s) => s === 'Heading2')).toHaveLength(2);
    expect(styles.filter((s) => s === 'Heading3')).toHaveLength(plan.goals.items.length);
    const text = documentXml.replace(/<[^>]+>/g, '');
    expect(text).toContain(plan.goals.items[0]!.steps[0]!.label);
    expect(text).toContain(labels.planLabel);
  });
});
