import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../document-generation.errors';
import type { DocumentCommand, RecordGeneratedVersion } from './document.commands';
import type { DocumentEvent } from './document.events';
import { equivalentVersion, evolveDocument, initialDocumentState, type DocumentState, type ExistingDocument } from './document.state';

export type { DocumentState } from './document.state';

/**
 * A client's document of one kind in one language, as a list of versions
 * (docs/domain.md#the-process, step 8): each generation from changed inputs is the next
 * version, recording the profile and intake revisions it came from. Destroying the client's
 * data ends the document: no new versions.
 */
export const documentDecider: Decider<DocumentState, DocumentCommand, DocumentEvent> = {
  initialState: initialDocumentState,
  evolve: evolveDocument,

  decide(command, state) {
    switch (command.type) {
      case 'RecordGeneratedVersion':
        return recordVersion(command, state);
      case 'DestroyDocuments': {
        // Already destroyed, or never generated: nothing to destroy (a redelivered message is a no-op).
        if (state.status !== 'Active') return [];
        const { documentId, clientId } = command.data;
        return [
          {
            type: 'DocumentsDestroyed',
            data: { documentId, clientId, destroyedVersions: state.versions.length, reason: 'personal-data-destroyed', destroyedAt: command.metadata.now.toISOString() },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};

function recordVersion(command: RecordGeneratedVersion, state: DocumentState): DocumentEvent[] {
  const data = command.data;
  if (state.status === 'Destroyed') {
    throw refuse('DOCUMENT.DESTROYED');
  }
  if (state.status === 'Active') {
    assertSameDocument(state, data);
    // The same file recorded twice (a retried append) or an identical generation: keep the existing version.
    if (state.versions.some((version) => version.storageRef === data.storageRef)) return [];
    if (equivalentVersion(state, data)) return [];
  }
  if (!/^[0-9a-f]{64}$/.test(data.sha256)) throw refuse('DOCUMENT.INVALID_HASH');
  if (!Number.isSafeInteger(data.size) || data.size <= 0) throw refuse('DOCUMENT.EMPTY_FILE');
  const version = state.status === 'Active' ? state.versions.length + 1 : 1;
  return [{ type: 'DocumentGenerated', data: { ...data, version, generatedAt: command.metadata.now.toISOString() } }];
}

function assertSameDocument(state: ExistingDocument, data: RecordGeneratedVersion['data']): void {
  if (state.documentId !== data.documentId || state.clientId !== data.clientId || state.kind !== data.kind || state.language !== data.language) {
    // Document ids are derived from (client, kind, language), so this is a programming error, not a user's.
    throw new Error(`document ${state.documentId}: a version for another client, kind or language`);
  }
}
