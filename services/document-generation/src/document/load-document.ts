import { fold, type EventStore } from '@career/event-sourcing';
import { documentDecider } from './document.decider';
import type { DocumentEvent } from './document.events';
import type { ExistingDocument } from './document.state';
import { documentStreamIdOf } from './document-id';

export interface LoadedDocument {
  document: ExistingDocument;
  /** The organisation the document belongs to (from its events' metadata): tenancy. */
  organisation: string;
  /** The stream's last revision (ETag). */
  revision: number;
}

/**
 * A document read straight from its stream: at most a few dozen small events, and reading
 * the stream makes the answer consistent with the POST that just created a version (no
 * read model lagging behind). Undefined when the document does not exist.
 */
export async function loadDocument(store: EventStore, documentId: string): Promise<LoadedDocument | undefined> {
  const recorded = await store.readStream(documentStreamIdOf(documentId));
  if (recorded.length === 0) return undefined;
  const state = fold(documentDecider, recorded as unknown as DocumentEvent[]);
  if (state.status === 'Empty') return undefined;
  return { document: state, organisation: recorded[0].metadata.organisation, revision: recorded[recorded.length - 1].revision };
}

/** The document, if it exists and belongs to `organisation`; another organisation's is as good as absent. */
export async function loadOwnDocument(store: EventStore, documentId: string, organisation: string): Promise<LoadedDocument | undefined> {
  const loaded = await loadDocument(store, documentId);
  return loaded && loaded.organisation === organisation ? loaded : undefined;
}
