import { HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import type { DocumentContent } from '../queries/get-document-content.query';

/** Exactly the stored bytes; the file name holds kind, language and version only (ASCII, no personal data). */
export function send(response: Response, { view, bytes }: DocumentContent): void {
  response.status(HttpStatus.OK);
  response.setHeader('Content-Type', view.contentType);
  response.setHeader('Content-Length', String(bytes.length));
  response.setHeader('Content-Disposition', `attachment; filename="${view.fileName}"`);
  response.setHeader('ETag', `"sha256-${view.sha256}"`);
  response.setHeader('Repr-Digest', `sha-256=:${Buffer.from(view.sha256, 'hex').toString('base64')}:`);
  // A CV holds personal data: no shared caches, no sniffing the type.
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(bytes);
}
