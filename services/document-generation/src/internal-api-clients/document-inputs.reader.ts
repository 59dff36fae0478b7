import { Injectable } from '@nestjs/common';
import { ServiceTokenSource } from '@career/auth';
import { DocumentGenerationConfig } from '../document-generation.config';
import { refuse } from '../document-generation.errors';
import { ClientNameErasedError, parseClientContact, type ClientContact } from './client-contact';
import { AnswerShapeError, getInternalJson, malformedAnswer, revisionOfEtag } from '@career/platform';
import { parseAgreedPlan, PlanTextErasedError, type AgreedPlanAnswer } from './career-plan';
import { parseSkillsProfile, type SkillsProfileAnswer } from './skills-profile';

export interface InputRequest {
  clientId: string;
  /** The requesting user's organisation: the service token names it, so the owner checks tenancy. */
  organisation: string;
  correlationId?: string;
}

/**
 * Fetches what a document is built from at render time, over the owners' internal APIs:
 * contact details from client-intake, the skills profile from skills-assessment, an agreed
 * career plan version from scheduling. Nothing of it is kept here except inside the rendered file.
 */
@Injectable()
export class DocumentInputsReader {
  constructor(
    private readonly config: DocumentGenerationConfig,
    private readonly tokens: ServiceTokenSource,
  ) {}

  async contactOf(request: InputRequest): Promise<ClientContact> {
    const service = 'client-intake';
    const answer = await getInternalJson({
      service,
      baseUrl: this.config.CLIENT_INTAKE_URL,
      path: `/internal/v1/clients/${encodeURIComponent(request.clientId)}/contact`,
      token: await this.tokens.tokenFor(request.organisation),
      timeoutMs: this.config.DEPENDENCY_TIMEOUT_MS,
      correlationId: request.correlationId,
    });
    // Another organisation's client is "not found" too: the owner applies the tenancy rule.
    if (!answer.found) throw refuse('CLIENT.NOT_FOUND');
    const contact = parsed(service, 'contact details', () => parseClientContact(answer.body, revisionOfEtag(answer.etag)));
    if (contact.clientId !== request.clientId) throw malformedAnswer(service, 'client');
    if (contact.organisation !== undefined && contact.organisation !== request.organisation) throw refuse('CLIENT.NOT_FOUND');
    return contact;
  }

  async skillsProfileOf(request: InputRequest): Promise<SkillsProfileAnswer> {
    const service = 'skills-assessment';
    const answer = await getInternalJson({
      service,
      baseUrl: this.config.SKILLS_ASSESSMENT_URL,
      path: `/internal/v1/skills-profiles/${encodeURIComponent(request.clientId)}`,
      token: await this.tokens.tokenFor(request.organisation),
      timeoutMs: this.config.DEPENDENCY_TIMEOUT_MS,
      correlationId: request.correlationId,
    });
    if (!answer.found) throw refuse('DOCUMENT.NO_SKILLS_PROFILE');
    const profile = parsed(service, 'skills profile', () => parseSkillsProfile(answer.body, revisionOfEtag(answer.etag)));
    // skills-assessment serves a service token any organisation's profile and names the owner: check it here.
    if (profile.organisation !== undefined && profile.organisation !== request.organisation) throw refuse('CLIENT.NOT_FOUND');
    return profile;
  }

  /** One agreed version of the client's career plan; another client's or organisation's plan, or a version never agreed, is "not found". */
  async agreedPlanOf(request: InputRequest, planId: string, version: number): Promise<AgreedPlanAnswer> {
    const service = 'scheduling';
    const answer = await getInternalJson({
      service,
      baseUrl: this.config.SCHEDULING_URL,
      path: `/internal/v1/career-plans/${encodeURIComponent(planId)}/versions/${encodeURIComponent(String(version))}`,
      token: await this.tokens.tokenFor(request.organisation),
      timeoutMs: this.config.DEPENDENCY_TIMEOUT_MS,
      correlationId: request.correlationId,
    });
    if (!answer.found) throw refuse('DOCUMENT.PLAN_VERSION_NOT_FOUND');
    const plan = parsed(service, 'career plan', () => parseAgreedPlan(answer.body, revisionOfEtag(answer.etag)));
    if (plan.planId !== planId || plan.plan.version !== version) throw malformedAnswer(service, 'career plan');
    // scheduling applies the token's organisation; the client is this request's to check.
    if (plan.organisation !== request.organisation || plan.clientId !== request.clientId) throw refuse('DOCUMENT.PLAN_VERSION_NOT_FOUND');
    return plan;
  }
}

function parsed<T>(service: string, what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ClientNameErasedError || error instanceof PlanTextErasedError) throw refuse('DOCUMENT.CLIENT_DATA_DESTROYED');
    if (error instanceof AnswerShapeError) throw malformedAnswer(service, `${what} (${error.field})`);
    throw error;
  }
}
