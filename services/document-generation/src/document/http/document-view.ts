import type { DocumentKind, DocumentLanguage } from '../../content/domain';
import { DOCUMENT_FORMATS } from '../../rendering';
import type { Provenance } from '../domain/document.events';
import type { DocumentVersion, ExistingDocument } from '../domain/document.state';

/** One version as the API shows it: metadata only, never content. */
export interface DocumentVersionView {
  documentId: string;
  clientId: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  version: number;
  format: DocumentVersion['format'];
  contentType: string;
  /** The download's file name: kind, language and version only (no name of the client). */
  fileName: string;
  templateVersion: string;
  sha256: string;
  size: number;
  generatedAt: string;
  provenance: Provenance;
  /** Identity-code-shaped strings blanked out of the inputs' free text (tell the advisor to check the profile). */
  redactedIdentityCodes: number;
  /** False once the client's data was destroyed. */
  contentAvailable: boolean;
  links: { self: string; content: string };
}

export interface DocumentView {
  documentId: string;
  clientId: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  status: 'active' | 'destroyed';
  destroyedAt?: string;
  latestVersion: number;
  /** Newest first. */
  versions: DocumentVersionView[];
}

/** `skills-cv-fi-v3.pdf`: ASCII only, safe in a Content-Disposition header as it is. */
export function fileNameOf(kind: DocumentKind, language: DocumentLanguage, version: number, format: DocumentVersion['format']): string {
  return `${kind}-${language}-v${version}.${DOCUMENT_FORMATS[format].extension}`;
}

export function versionViewOf(document: ExistingDocument, version: DocumentVersion): DocumentVersionView {
  const self = `/api/v1/documents/${document.documentId}/versions/${version.version}`;
  return {
    documentId: document.documentId,
    clientId: document.clientId,
    kind: document.kind,
    language: document.language,
    version: version.version,
    format: version.format,
    contentType: DOCUMENT_FORMATS[version.format].contentType,
    fileName: fileNameOf(document.kind, document.language, version.version, version.format),
    templateVersion: version.templateVersion,
    sha256: version.sha256,
    size: version.size,
    generatedAt: version.generatedAt,
    provenance: version.provenance,
    redactedIdentityCodes: version.redactedIdentityCodes,
    contentAvailable: document.status === 'Active',
    links: { self, content: `${self}/content` },
  };
}

export function documentViewOf(document: ExistingDocument): DocumentView {
  return {
    documentId: document.documentId,
    clientId: document.clientId,
    kind: document.kind,
    language: document.language,
    status: document.status === 'Active' ? 'active' : 'destroyed',
    ...(document.destroyedAt ? { destroyedAt: document.destroyedAt } : {}),
    latestVersion: document.versions.length,
    versions: [...document.versions].reverse().map((version) => versionViewOf(document, version)),
  };
}

/** The same view with its links under another base: the client's own channel serves them under `/api/v1/me/documents`. */
export function linkedUnder<T extends { links: DocumentVersionView['links'] }>(view: T, base: string): T {
  const relink = (link: string) => link.replace(/^\/api\/v1\/documents\//, `${base}/`);
  return { ...view, links: { self: relink(view.links.self), content: relink(view.links.content) } };
}
