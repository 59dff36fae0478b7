import { createHash } from 'node:crypto';
import {
  buildCareerPlan,
  buildJobApplication,
  buildSkillsCv,
  type AgreedPlanInput,
  type ContactInput,
  type DocumentKind,
  type DocumentLanguage,
  type GeneratedDocument,
  type ProfileInput,
} from '../../content/domain';

export interface VacancyRequest {
  employer: string;
  contactPerson?: string;
  address?: string;
  title: string;
  reference?: string;
  requirements: string[];
  advertisementText?: string;
}

export interface ContentRequest {
  kind: DocumentKind;
  language: DocumentLanguage;
  contact: ContactInput;
  /** A CV's and an application's input (skills-assessment). */
  profile?: ProfileInput;
  /** A career plan's input: the agreed version (scheduling). */
  plan?: AgreedPlanInput;
  vacancy?: VacancyRequest;
  motivation?: string;
  now: Date;
}

/** The content model of the requested document (the renderers only lay it out). */
export function buildContent(request: ContentRequest): GeneratedDocument {
  const { language, contact, now } = request;
  if (request.kind === 'career-plan') {
    if (!request.plan) throw new Error('a career plan document needs the agreed version (read by the generator)');
    return buildCareerPlan({ language, contact, plan: request.plan, now });
  }
  const profile = request.profile;
  if (!profile) throw new Error('a CV or an application needs the skills profile (read by the generator)');
  if (request.kind === 'skills-cv') return buildSkillsCv({ language, contact, profile, now });
  const vacancy = request.vacancy;
  if (!vacancy || request.motivation === undefined) throw new Error('a job application needs a vacancy and a motivation (checked by the DTO)');
  return buildJobApplication({
    language,
    contact,
    profile,
    now,
    motivation: request.motivation,
    recipient: {
      employer: vacancy.employer,
      ...(vacancy.contactPerson ? { contactPerson: vacancy.contactPerson } : {}),
      ...(vacancy.address ? { address: vacancy.address } : {}),
    },
    vacancy: {
      title: vacancy.title,
      ...(vacancy.reference ? { reference: vacancy.reference } : {}),
      requirements: vacancy.requirements,
      ...(vacancy.advertisementText ? { advertisementText: vacancy.advertisementText } : {}),
    },
  });
}

/**
 * For a job application: a digest of the inputs that are not in the provenance (the vacancy
 * and the motivation), salted with the document id, so "the same application again" can be
 * recognised without keeping the client's text. Undefined for a CV (its inputs are all in
 * the provenance).
 */
export function inputDigestOf(documentId: string, request: Pick<ContentRequest, 'kind' | 'vacancy' | 'motivation'>): string | undefined {
  if (request.kind !== 'job-application') return undefined;
  const vacancy = request.vacancy;
  const canonical = JSON.stringify([
    documentId,
    vacancy?.employer ?? null,
    vacancy?.contactPerson ?? null,
    vacancy?.address ?? null,
    vacancy?.title ?? null,
    vacancy?.reference ?? null,
    vacancy?.requirements ?? [],
    vacancy?.advertisementText ?? null,
    request.motivation ?? null,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
