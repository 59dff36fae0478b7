import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, handleCommand, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { helsinkiDate, isoOf } from '../../content/format-date';
import { DocumentInputsReader } from '../../inputs/document-inputs.reader';
import { DocumentOverflowError, renderDocument } from '../../rendering';
import { DocumentFileStore, type StoredFile } from '../../storage/document-file-store';
import { buildContent, inputDigestOf } from '../document-content';
import { documentDecider } from '../document.decider';
import { DOCUMENT_SCHEMA_VERSIONS } from '../document.events';
import { equivalentVersion, type ExistingDocument, type GenerationFingerprint } from '../document.state';
import { documentIdOf, documentStreamIdOf } from '../document-id';
import { versionViewOf } from '../document-view';
import { loadDocument } from '../load-document';
import { GenerateDocumentCommand, type GenerateDocumentResult } from './generate-document.command';

/**
 * Generates a document version: fetch the inputs from their owners, build the content, and
 * unless an identical version exists (see equivalentVersion), render, store the bytes and
 * record the version. The file is stored before the event is appended, so a recorded version
 * always has its bytes; a file whose version was not recorded is deleted again.
 */
@CommandHandler(GenerateDocumentCommand)
export class GenerateDocumentHandler implements ICommandHandler<GenerateDocumentCommand, GenerateDocumentResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly inputs: DocumentInputsReader,
    private readonly files: DocumentFileStore,
  ) {}

  async execute({ request, context }: GenerateDocumentCommand): Promise<GenerateDocumentResult> {
    const { clientId, kind, format } = request;
    const asked = { clientId, organisation: context.organisation, correlationId: context.correlationId };
    const [intake, skills] = await Promise.all([this.inputs.contactOf(asked), this.inputs.skillsProfileOf(asked)]);
    const language = request.language ?? intake.preferredLanguage;
    const documentId = documentIdOf(clientId, kind, language);
    const now = context.now;

    const content = buildContent({ kind, language, contact: intake.contact, profile: skills.profile, vacancy: request.vacancy, motivation: request.motivation, now });
    const inputDigest = inputDigestOf(documentId, request);
    const fingerprint: GenerationFingerprint = {
      format,
      templateVersion: content.meta.templateVersion,
      provenance: { skillsProfileRevision: skills.revision, intakeRevision: intake.revision },
      ...(inputDigest ? { inputDigest } : {}),
      documentDate: isoOf(helsinkiDate(now)),
    };

    const current = await loadDocument(this.store, documentId);
    if (current?.document.status === 'Destroyed') {
      throw new DomainError('DOCUMENT.DESTROYED', "The client's personal data was destroyed: no new documents can be generated.");
    }
    const existing = current && equivalentVersion(current.document, fingerprint);
    if (current && existing) return { created: false, version: versionViewOf(current.document, existing) };

    const bytes = await this.render(content, format);
    const stored = await this.files.save(bytes, { clientId, documentId });
    let recorded: ExistingDocument;
    let created: boolean;
    try {
      const result = await handleCommand({
        store: this.store,
        decider: documentDecider,
        streamId: documentStreamIdOf(documentId),
        command: {
          type: 'RecordGeneratedVersion',
          data: {
            documentId,
            clientId,
            kind,
            language,
            ...fingerprint,
            sha256: stored.sha256,
            size: stored.size,
            storageRef: stored.storageRef,
            redactedIdentityCodes: content.meta.redactedIdentityCodes,
          },
          metadata: { now },
        },
        context,
        schemaVersions: DOCUMENT_SCHEMA_VERSIONS,
      });
      if (result.state.status === 'Empty') throw new Error(`document ${documentId}: no state after recording a version`);
      recorded = result.state;
      created = result.newEvents.length > 0;
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
    // A concurrent identical request recorded its version first: serve that one, drop our copy.
    if (!created) await this.discard(stored);
    const version = created ? recorded.versions[recorded.versions.length - 1] : equivalentVersion(recorded, fingerprint);
    if (!version) throw new Error(`document ${documentId}: the version just decided on is missing`);
    return { created, version: versionViewOf(recorded, version) };
  }

  private async render(content: Parameters<typeof renderDocument>[0], format: Parameters<typeof renderDocument>[1]): Promise<Buffer> {
    try {
      return await renderDocument(content, format);
    } catch (error) {
      if (error instanceof DocumentOverflowError) {
        throw new DomainError(
          'DOCUMENT.DOES_NOT_FIT',
          'The job application does not fit one A4 page: shorten the motivation or list fewer requirements.',
        );
      }
      throw error;
    }
  }

  private async discard(stored: StoredFile): Promise<void> {
    // Best effort: a leftover file is still deleted with the client's data (deleteAllOf by client).
    await this.files.delete(stored.storageRef).catch(() => undefined);
  }
}
