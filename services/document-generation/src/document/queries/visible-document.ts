import type { Access, CommandSideOf, DomainError } from '@career/event-sourcing';
import { refuse } from '../../document-generation.errors';
import type { documentAggregate } from '../domain/document.aggregate';
import type { ExistingDocument } from '../domain/document.state';

export type DocumentCommandSide = CommandSideOf<typeof documentAggregate>;

export interface VisibleDocument {
  document: ExistingDocument;
  /** The stream's last revision (ETag). */
  revision: number;
}

/**
 * A document as the caller may see it, read straight from its stream: at most a few dozen
 * small events, and the answer is consistent with the POST that just created a version (no
 * read model lagging behind). `standing` is enough: the events hold no personal data.
 * Undefined when it does not exist or belongs to another organisation.
 */
export async function visibleDocument(documents: DocumentCommandSide, documentId: string, access: Access): Promise<VisibleDocument | undefined> {
  const standing = await documents.standing(documentId, access);
  if (!standing || standing.state.status === 'Empty') return undefined;
  return { document: standing.state, revision: standing.revision };
}

export function versionNotFound(version: number): DomainError {
  return refuse('DOCUMENT.VERSION_NOT_FOUND', { version }, `The document has no version ${version}.`);
}
