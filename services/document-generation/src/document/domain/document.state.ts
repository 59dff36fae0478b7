import type { DocumentFormat, DocumentKind, DocumentLanguage } from '../../content/domain';
import type { DocumentEvent, DocumentGenerated, Provenance } from './document.events';

export type DocumentVersion = Omit<DocumentGenerated['data'], 'documentId' | 'clientId' | 'kind' | 'language'>;

export interface ExistingDocument {
  status: 'Active' | 'Destroyed';
  documentId: string;
  clientId: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  /** Oldest first (version 1 at index 0). */
  versions: DocumentVersion[];
  /** Set once the client's data was destroyed: the versions' files are gone. */
  destroyedAt?: string;
}

export type DocumentState = { status: 'Empty' } | ExistingDocument;

export const initialDocumentState = (): DocumentState => ({ status: 'Empty' });

export function evolveDocument(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentGenerated': {
      const { documentId, clientId, kind, language, ...version } = event.data;
      const base: ExistingDocument = state.status === 'Empty' ? { status: 'Active', documentId, clientId, kind, language, versions: [] } : state;
      return { ...base, versions: [...base.versions, version] };
    }
    case 'DocumentsDestroyed':
      return state.status === 'Empty' ? state : { ...state, status: 'Destroyed', destroyedAt: event.data.destroyedAt };
  }
}

/** What makes two generations the same document: equal inputs, template and format, printed on the same day. */
export interface GenerationFingerprint {
  format: DocumentFormat;
  templateVersion: string;
  provenance: Provenance;
  inputDigest?: string;
  documentDate: string;
}

/**
 * The existing version a new generation would merely repeat, if any: same format, template
 * version, provenance (the inputs' revisions), vacancy/motivation digest and printed
 * date. Regenerating then returns that version instead of storing a copy; anything that
 * would change the content (a profile or contact change, another vacancy, a new day's date,
 * new templates) makes a new version.
 */
export function equivalentVersion(state: DocumentState, fingerprint: GenerationFingerprint): DocumentVersion | undefined {
  if (state.status !== 'Active') return undefined;
  return [...state.versions].reverse().find(
    (version) =>
      version.format === fingerprint.format &&
      version.templateVersion === fingerprint.templateVersion &&
      sameProvenance(version.provenance, fingerprint.provenance) &&
      version.inputDigest === fingerprint.inputDigest &&
      version.documentDate === fingerprint.documentDate,
  );
}

/** The same inputs: every field of both provenances equal (a CV's never equals a plan's). */
export function sameProvenance(a: Provenance, b: Provenance): boolean {
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => left[key] === right[key]);
}
