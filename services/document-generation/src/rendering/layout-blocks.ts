/**
 * One reading order for every format: a document becomes a flat list of blocks, which the PDF
 * and DOCX renderers map to their own styles. So the two formats cannot drift apart in content
 * or order, and the tagged-PDF structure (H1/H2/H3/P/L) follows the same semantics as the
 * DOCX heading styles.
 */
import type { ApplicationDocument, CareerPlanDocument, CvDocument, GeneratedDocument, TimelineEntry } from '../content/domain/document-model';

export type HeadingLook = 'name' | 'section' | 'area' | 'letter';
export type ParagraphLook = 'body' | 'muted' | 'kicker' | 'sender' | 'signature';

export interface ListItem {
  /** Printed in semi-bold, e.g. the skill. */
  lead: string;
  /** Printed after " – " in regular weight. */
  text?: string;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; look: HeadingLook; text: string }
  | { type: 'paragraph'; look: ParagraphLook; text: string }
  | { type: 'contact'; items: string[] }
  | { type: 'rule'; strong: boolean }
  | { type: 'list'; items: ListItem[] }
  | { type: 'entries'; items: TimelineEntry[] }
  /** The letter's address band: recipient lines on the left (employer first, in bold), the date on the right. */
  | { type: 'letterhead'; lines: string[]; date: string }
  | { type: 'space'; points: number };

export interface Layout {
  blocks: Block[];
  /** Footer text of every page (a CV), or none (an application: one page, no footer). */
  footer?: { left: string; /** With {page} and {pages} placeholders. */ pageLabel: string };
}

function cvLayout(doc: CvDocument): Layout {
  const blocks: Block[] = [
    { type: 'heading', level: 1, look: 'name', text: doc.person.fullName },
    { type: 'paragraph', look: 'kicker', text: doc.documentLabel },
  ];
  if (doc.person.contactItems.length > 0) blocks.push({ type: 'contact', items: doc.person.contactItems });
  blocks.push({ type: 'rule', strong: true });

  const section = (heading: string, ...content: Block[]) => {
    blocks.push({ type: 'heading', level: 2, look: 'section', text: heading }, ...content);
  };
  if (doc.profile.text !== '') section(doc.profile.heading, { type: 'paragraph', look: 'body', text: doc.profile.text });
  if (doc.competenceAreas.items.length > 0) {
    section(doc.competenceAreas.heading);
    for (const area of doc.competenceAreas.items) {
      blocks.push(
        { type: 'heading', level: 3, look: 'area', text: area.heading },
        {
          type: 'list',
          items: area.examples.map((example) => ({
            lead: `${example.skill} (${example.level})`,
            ...(example.evidence ? { text: example.evidence } : {}),
          })),
        },
      );
      if (area.otherSkills.length > 0) {
        blocks.push({ type: 'paragraph', look: 'muted', text: `${doc.competenceAreas.alsoLabel}: ${area.otherSkills.join(', ')}` });
      }
    }
  }
  if (doc.workHistory) section(doc.workHistory.heading, { type: 'entries', items: doc.workHistory.items });
  if (doc.education) section(doc.education.heading, { type: 'entries', items: doc.education.items });
  if (doc.licences) {
    section(doc.licences.heading, {
      type: 'list',
      items: doc.licences.items.map((item) => ({ lead: item.label, ...(item.detail ? { text: item.detail } : {}) })),
    });
  }
  if (doc.languages) {
    section(doc.languages.heading, { type: 'list', items: doc.languages.items.map((item) => ({ lead: item.language, text: item.detail })) });
  }
  if (doc.digitalSkills) {
    section(doc.digitalSkills.heading, {
      type: 'list',
      items: doc.digitalSkills.items.map((item) => ({ lead: item.label, ...(item.detail ? { text: item.detail } : {}) })),
    });
  }
  if (doc.interests) section(doc.interests.heading, { type: 'paragraph', look: 'body', text: doc.interests.text });
  return { blocks, footer: { left: doc.updated, pageLabel: doc.pageLabel } };
}

function applicationLayout(doc: ApplicationDocument): Layout {
  const blocks: Block[] = [{ type: 'paragraph', look: 'sender', text: doc.sender.fullName }];
  if (doc.sender.contactItems.length > 0) blocks.push({ type: 'contact', items: doc.sender.contactItems });
  blocks.push(
    { type: 'rule', strong: true },
    { type: 'space', points: 14 },
    { type: 'letterhead', lines: doc.recipientLines, date: doc.date.text },
    { type: 'space', points: 20 },
    { type: 'paragraph', look: 'muted', text: doc.reference },
    { type: 'heading', level: 1, look: 'letter', text: doc.heading },
  );
  if (doc.salutation !== '') blocks.push({ type: 'paragraph', look: 'body', text: doc.salutation });
  for (const paragraph of doc.paragraphs) blocks.push({ type: 'paragraph', look: 'body', text: paragraph.text });
  blocks.push(
    { type: 'space', points: 4 },
    { type: 'paragraph', look: 'body', text: doc.signOff },
    { type: 'space', points: 18 },
    { type: 'paragraph', look: 'signature', text: doc.signature },
  );
  return { blocks };
}

/** Name and label, the version line, then each goal (H3) with its target and its steps as a list, then the agreement. */
function careerPlanLayout(doc: CareerPlanDocument): Layout {
  const blocks: Block[] = [
    { type: 'heading', level: 1, look: 'name', text: doc.person.fullName },
    { type: 'paragraph', look: 'kicker', text: doc.documentLabel },
    { type: 'paragraph', look: 'muted', text: doc.versionLine },
    { type: 'rule', strong: true },
    { type: 'heading', level: 2, look: 'section', text: doc.goals.heading },
  ];
  for (const goal of doc.goals.items) {
    blocks.push({ type: 'heading', level: 3, look: 'area', text: goal.heading }, { type: 'paragraph', look: 'muted', text: goal.detail });
    if (goal.steps.length > 0) {
      blocks.push({ type: 'list', items: goal.steps.map((step) => ({ lead: step.label, ...(step.detail ? { text: step.detail } : {}) })) });
    } else if (goal.noSteps) {
      blocks.push({ type: 'paragraph', look: 'body', text: goal.noSteps });
    }
  }
  blocks.push({ type: 'heading', level: 2, look: 'section', text: doc.agreement.heading }, { type: 'paragraph', look: 'body', text: doc.agreement.text });
  return { blocks, footer: { left: doc.footer, pageLabel: doc.pageLabel } };
}

export function layoutOf(doc: GeneratedDocument): Layout {
  switch (doc.kind) {
    case 'skills-cv':
      return cvLayout(doc);
    case 'job-application':
      return applicationLayout(doc);
    case 'career-plan':
      return careerPlanLayout(doc);
  }
}
