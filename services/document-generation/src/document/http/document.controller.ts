import { Body, Controller, Get, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { accessOf, CurrentUser, RequestCtx, Roles, type AuthenticatedUser, type RequestContext } from '@career/auth';
import { Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { DocumentGenerator } from '../document-generator';
import { GetDocumentContentQuery } from '../queries/get-document-content.query';
import { GetDocumentQuery, GetDocumentVersionQuery } from '../queries/get-document.query';
import { ListClientDocumentsQuery, type ClientDocuments } from '../queries/list-client-documents.query';
import { versionViewOf, type DocumentVersionView, type DocumentView } from './document-view';
import { ClientIdParams, DocumentIdParams, DocumentVersionParams } from './document.params';
import { GenerateDocumentDto, generationRequestOf } from './generate-document.dto';
import { send } from './send-document';

/** Advisors of the client's organisation generate and download documents (CVs, applications, agreed career plans); another organisation's are 404. */
@ApiTags('documents')
@ApiBearerAuth()
@Roles('advisor', 'coordinator')
@Controller('api/v1')
export class DocumentController {
  constructor(
    private readonly generator: DocumentGenerator,
    private readonly queries: QueryBus,
  ) {}

  @Post('documents')
  @Idempotent()
  @ApiCreatedResponse({ description: 'A new version was generated; `Location` names it. 200 when an identical version existed and is returned instead.' })
  async generate(@Body() body: GenerateDocumentDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<DocumentVersionView> {
    const result = await this.generator.generate(
      generationRequestOf(body.clientId, body),
      context,
      accessOf(context),
    );
    const version = versionViewOf(result.document, result.version);
    response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    response.setHeader('Location', version.links.self);
    return version;
  }

  @Get('documents/:id')
  @ApiOkResponse({ description: 'The document (one client, kind and language) with its versions, newest first; `ETag` = stream revision.' })
  async document(@Param() params: DocumentIdParams, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<DocumentView> {
    const { view, revision } = await this.queries.execute(new GetDocumentQuery(params.id, accessOf(user)));
    setETag(response, revision);
    return view;
  }

  @Get('documents/:id/content')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json')
  @ApiOkResponse({ description: "The latest version's bytes exactly as stored. 410 once the client's data was destroyed." })
  async latestContent(@Param() params: DocumentIdParams, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    send(response, await this.queries.execute(new GetDocumentContentQuery(params.id, 'latest', accessOf(user))));
  }

  @Get('documents/:id/versions/:version')
  @ApiOkResponse({ description: "One version's metadata." })
  version(@Param() params: DocumentVersionParams, @CurrentUser() user: AuthenticatedUser): Promise<DocumentVersionView> {
    return this.queries.execute(new GetDocumentVersionQuery(params.id, params.version, accessOf(user)));
  }

  @Get('documents/:id/versions/:version/content')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json')
  @ApiOkResponse({ description: "One version's bytes exactly as stored. 410 once the client's data was destroyed." })
  async versionContent(@Param() params: DocumentVersionParams, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    send(response, await this.queries.execute(new GetDocumentContentQuery(params.id, params.version, accessOf(user))));
  }

  @Get('clients/:clientId/documents')
  @ApiOkResponse({ description: "Every version of the client's documents, newest first (empty when none, or not your organisation's client)." })
  clientDocuments(@Param() params: ClientIdParams, @CurrentUser() user: AuthenticatedUser): Promise<ClientDocuments> {
    return this.queries.execute(new ListClientDocumentsQuery(params.clientId, accessOf(user)));
  }
}
