import { Body, Controller, Get, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, forClient, RequestCtx, Roles, type AuthenticatedUser, type RequestContext } from '@career/auth';
import { RequestValidationError } from '@career/platform';
import { Idempotent } from '@career/platform';
import type { Response } from 'express';
import { GenerateDocumentCommand, type GenerateDocumentResult } from './commands/generate-document.command';
import { GenerateDocumentDto } from './commands/generate-document.dto';
import { ClientIdParams, DocumentIdParams, DocumentVersionParams } from './document.params';
import type { DocumentVersionView, DocumentView } from './document-view';
import { GetDocumentContentQuery, type DocumentContent } from './queries/get-document-content.query';
import { GetDocumentQuery, GetDocumentVersionQuery } from './queries/get-document.query';
import { ListClientDocumentsQuery, type ClientDocuments } from './queries/list-client-documents.query';

/** Advisors of the client's organisation generate and download documents; another organisation's are 404. */
@ApiTags('documents')
@ApiBearerAuth()
@Roles('advisor', 'coordinator')
@Controller('api/v1')
export class DocumentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('documents')
  @Idempotent()
  @ApiCreatedResponse({ description: 'A new version was generated; `Location` names it. 200 when an identical version existed and is returned instead.' })
  async generate(@Body() body: GenerateDocumentDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<DocumentVersionView> {
    if (body.kind === 'skills-cv') {
      const extra = (['vacancy', 'motivation'] as const).filter((field) => body[field] !== undefined);
      if (extra.length > 0) throw new RequestValidationError(extra.map((field) => ({ field, reason: 'is only for a job-application' })));
    }
    const result: GenerateDocumentResult = await this.commands.execute(
      new GenerateDocumentCommand(
        { clientId: body.clientId, kind: body.kind, language: body.language, format: body.format, vacancy: body.vacancy, motivation: body.motivation },
        forClient(context, body.clientId),
      ),
    );
    response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    response.setHeader('Location', result.version.links.self);
    return result.version;
  }

  @Get('documents/:id')
  @ApiOkResponse({ description: 'The document (one client, kind and language) with its versions, newest first; `ETag` = stream revision.' })
  async document(@Param() params: DocumentIdParams, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<DocumentView> {
    const { view, revision } = await this.queries.execute(new GetDocumentQuery(params.id, user.organisation));
    response.setHeader('ETag', `"${revision}"`);
    return view;
  }

  @Get('documents/:id/content')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json')
  @ApiOkResponse({ description: "The latest version's bytes exactly as stored. 410 once the client's data was destroyed." })
  async latestContent(@Param() params: DocumentIdParams, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    send(response, await this.queries.execute(new GetDocumentContentQuery(params.id, 'latest', user.organisation)));
  }

  @Get('documents/:id/versions/:version')
  @ApiOkResponse({ description: "One version's metadata." })
  version(@Param() params: DocumentVersionParams, @CurrentUser() user: AuthenticatedUser): Promise<DocumentVersionView> {
    return this.queries.execute(new GetDocumentVersionQuery(params.id, params.version, user.organisation));
  }

  @Get('documents/:id/versions/:version/content')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json')
  @ApiOkResponse({ description: "One version's bytes exactly as stored. 410 once the client's data was destroyed." })
  async versionContent(@Param() params: DocumentVersionParams, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    send(response, await this.queries.execute(new GetDocumentContentQuery(params.id, params.version, user.organisation)));
  }

  @Get('clients/:clientId/documents')
  @ApiOkResponse({ description: "Every version of the client's documents, newest first (empty when none, or not your organisation's client)." })
  clientDocuments(@Param() params: ClientIdParams, @CurrentUser() user: AuthenticatedUser): Promise<ClientDocuments> {
    return this.queries.execute(new ListClientDocumentsQuery(params.clientId, user.organisation));
  }
}

/** Exactly the stored bytes; the file name holds kind, language and version only (ASCII, no personal data). */
function send(response: Response, { view, bytes }: DocumentContent): void {
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
