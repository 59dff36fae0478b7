import { Inject, Injectable } from '@nestjs/common';
import { helsinkiDate } from '@career/calendar';
import type { Access, CommandSideContext, CommandSideOf } from '@career/event-sourcing';
import type { AgreedPlanInput, DocumentFormat, DocumentKind, DocumentLanguage, GeneratedDocument, ProfileInput } from '../content/domain';
import { refuse } from '../document-generation.errors';
import type { ClientContact } from '../internal-api-clients/client-contact';
import { DocumentInputsReader, type InputRequest } from '../internal-api-clients/document-inputs.reader';
import { DocumentOverflowError, renderDocument } from '../rendering';
import { newStorageRef, sha256Of } from '../storage/document-file-store';
import { SealedDocumentFiles } from '../storage/sealed-document-files';
import { documentAggregate } from './domain/document.aggregate';
import type { RecordGeneratedVersion } from './domain/document.commands';
import type { Provenance } from './domain/document.events';
import { buildContent, inputDigestOf, type VacancyRequest } from './domain/document-content';
import { documentIdOf } from './domain/document-id';
import { equivalentVersion, type DocumentVersion, type ExistingDocument, type GenerationFingerprint } from './domain/document.state';

export interface GenerateDocumentRequest {
  clientId: string;
  kind: DocumentKind;
  /** Undefined: the client's preferred language (from client-intake). */
  language?: DocumentLanguage;
  format: DocumentFormat;
  vacancy?: VacancyRequest;
  motivation?: string;
  /** A career plan: which plan (its guidance process's id) and which agreed version. */
  plan?: { planId: string; version: number };
}

/** What a document is built from, read from the owners at render time, and the revisions recorded as its provenance. */
interface Inputs {
  intake: ClientContact;
  profile?: ProfileInput;
  plan?: AgreedPlanInput;
  provenance: Provenance;
}

export interface GeneratedVersion {
  /** False when an identical version existed and is returned instead of a copy. */
  created: boolean;
  document: ExistingDocument;
  version: DocumentVersion;
}

/**
 * Generates a document version (docs/domain.md#the-process, steps 6 and 8): fetch the inputs from
 * their owners, build the content, render it, and record it as the document's next version
 * unless an identical one exists (the decider's rule, see equivalentVersion). The bytes are
 * encrypted with the client's key (SealedDocumentFiles) and stored right before the version's event is appended, so a recorded version always has its
 * bytes; a file whose version was not recorded (refused, or an identical version won a race)
 * is deleted again. The content is rendered before the stream is read, because the event names
 * the bytes' hash and size: an identical request costs a render, never a stored file, and the
 * command reads the stream once and decides once.
 */
@Injectable()
export class DocumentGenerator {
  constructor(
    @Inject(documentAggregate.token) private readonly documents: CommandSideOf<typeof documentAggregate>,
    private readonly inputs: DocumentInputsReader,
    private readonly files: SealedDocumentFiles,
  ) {}

  async generate(request: GenerateDocumentRequest, context: CommandSideContext, access: Access): Promise<GeneratedVersion> {
    const { clientId, kind, format } = request;
    const asked = { clientId, organisation: context.organisation, correlationId: context.correlationId };
    const { intake, profile, plan, provenance } = await this.inputsOf(request, asked);
    const language = request.language ?? intake.preferredLanguage;
    const documentId = documentIdOf(clientId, kind, language);
    const now = context.now;
    const content = buildContent({ kind, language, contact: intake.contact, profile, plan, vacancy: request.vacancy, motivation: request.motivation, now });
    const inputDigest = inputDigestOf(documentId, request);
    const fingerprint: GenerationFingerprint = {
      format,
      templateVersion: content.meta.templateVersion,
      provenance,
      ...(inputDigest ? { inputDigest } : {}),
      documentDate: helsinkiDate(now),
    };
    const bytes = await this.render(content, format);
    const file = { storageRef: newStorageRef(), sha256: sha256Of(bytes), size: bytes.length };
    const command: RecordGeneratedVersion = {
      type: 'RecordGeneratedVersion',
      data: { documentId, clientId, kind, language, ...fingerprint, ...file, redactedIdentityCodes: content.meta.redactedIdentityCodes },
      metadata: { now },
    };

    let stored = false;
    const result = await this.documents
      .handle(documentId, command, {
        context,
        access,
        // Only a decided version gets its file, and once, even when a conflict makes the command decide again.
        aroundAppend: async (_decision, append) => {
          if (!stored) {
            await this.files.save(bytes, { clientId, documentId }, file.storageRef);
            stored = true;
          }
          return append();
        },
      })
      .catch(async (error: unknown) => {
        if (stored) await this.discard(file.storageRef);
        throw error;
      });
    const created = result.newEvents.length > 0;
    // Decided again after a conflict and found an identical version recorded meanwhile: serve that one.
    if (!created && stored) await this.discard(file.storageRef);
    const document = result.state;
    if (document.status === 'Empty') throw new Error(`document ${documentId}: no state after recording a version`);
    const version = created ? document.versions[document.versions.length - 1] : equivalentVersion(document, fingerprint);
    if (!version) throw new Error(`document ${documentId}: the version just decided on is missing`);
    return { created, document, version };
  }

  /** A plan is built from its agreed version and the name; a CV or an application from the skills profile and the contact details. */
  private async inputsOf(request: GenerateDocumentRequest, asked: InputRequest): Promise<Inputs> {
    if (request.kind === 'career-plan') {
      if (!request.plan) throw new Error('a career plan document names its plan and version (checked by the controller)');
      const { planId, version } = request.plan;
      const [intake, agreed] = await contactFirst(this.inputs.contactOf(asked), this.inputs.agreedPlanOf(asked, planId, version));
      return { intake, plan: agreed.plan, provenance: { planId, planVersion: version, planRevision: agreed.revision, intakeRevision: intake.revision } };
    }
    const [intake, skills] = await contactFirst(this.inputs.contactOf(asked), this.inputs.skillsProfileOf(asked));
    return { intake, profile: skills.profile, provenance: { skillsProfileRevision: skills.revision, intakeRevision: intake.revision } };
  }

  private async render(content: GeneratedDocument, format: DocumentFormat): Promise<Buffer> {
    try {
      return await renderDocument(content, format);
    } catch (error) {
      if (error instanceof DocumentOverflowError) throw refuse('DOCUMENT.DOES_NOT_FIT');
      throw error;
    }
  }

  private async discard(storageRef: string): Promise<void> {
    // Best effort: a leftover file is still deleted with the client's data (deleteAllOf by client).
    await this.files.delete(storageRef).catch(() => undefined);
  }
}

/**
 * Both read at once, but the contact's refusal wins: a client unknown in the caller's
 * organisation is 404 CLIENT.NOT_FOUND, whatever the other owner answered (its 404 would
 * otherwise race it and say, say, "no skills profile" to another organisation).
 */
async function contactFirst<C, O>(contact: Promise<C>, other: Promise<O>): Promise<[C, O]> {
  const [first, second] = await Promise.allSettled([contact, other]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}
