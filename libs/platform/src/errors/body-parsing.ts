import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorRequestHandler } from 'express';

/** Default JSON body size limit: generous for DTOs, small enough to refuse abuse early. */
export const JSON_BODY_LIMIT = '1mb';

/**
 * Placed right after the JSON body parser: its errors become plain HttpExceptions with fixed
 * messages. Left alone, Nest would answer with JSON.parse's message, which quotes the body
 * (and so whatever personal data it held).
 */
export const bodyParserErrorMapper: ErrorRequestHandler = (error: unknown, _request, _response, next) => {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return next(new BadRequestException('The request body is not valid JSON.'));
  if (type === 'entity.too.large') return next(new HttpException('The request body is too large.', HttpStatus.PAYLOAD_TOO_LARGE));
  if (typeof type === 'string' && (error as { status?: unknown }).status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
    return next(new HttpException('The request body has an unsupported encoding or charset.', HttpStatus.UNSUPPORTED_MEDIA_TYPE));
  }
  return next(error);
};
