import { Body, Controller, Get, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { accessOf, Me, MyClientId, RequestCtx, type RequestContext } from '@career/auth';
import { Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { DocumentGenerator } from '../document-generator';
import { GetDocumentContentQuery } from '../queries/get-document-content.query';
import { GetDocumentQuery } from '../queries/get-document.query';
import { ListClientDocumentsQuery, type ClientDocuments } from '../queries/list-client-documents.query';
import { linkedUnder, versionViewOf, type DocumentVersionView, type DocumentView } from './document-view';
import { DocumentIdParams, DocumentVersionParams } from './document.params';
import { GenerateMyDocumentDto, generationRequestOf } from './generate-document.dto';
import { send } from './send-document';

const BASE = '/api/v1/me/documents';

/**
 * The client's own CVs and job applications (docs/domain.md#the-process, step 8: the client
 * learns to draw them up). `@Me()`: generated for the signed-in person only, from their own
 * contact details and skills profile (with their profile text as the CV's profile paragraph);
 * the versions are the same documents their advisor sees, each recorded with its actor, so
 * reporting tells the client's from the advisor's. Another person's document is 404, exactly
 * like a missing one.
 */
@ApiTags('me')
@ApiBearerAuth()
@Me()
@Controller(BASE)
export class MyDocumentsController {
  constructor(
    private readonly generator: DocumentGenerator,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Idempotent()
  @ApiCreatedResponse({ description: 'A new version of your CV, application or agreed career plan; `Location` names it. 200 when an identical version existed and is returned instead.' })
  async generate(@MyClientId() clientId: string, @Body() body: GenerateMyDocumentDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<DocumentVersionView> {
    const result = await this.generator.generate(
      generationRequestOf(clientId, body),
      context,
      accessOf(context),
    );
    const version = linkedUnder(versionViewOf(result.document, result.version), BASE);
    response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    response.setHeader('Location', version.links.self);
    return version;
  }

  @Get()
  @ApiOkResponse({ description: 'Every version of your documents (yours and those your advisor generated), newest first.' })
  async list(@MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<ClientDocuments> {
    const documents = await this.queries.execute<ListClientDocumentsQuery, ClientDocuments>(new ListClientDocumentsQuery(clientId, accessOf(context)));
    return { ...documents, versions: documents.versions.map((version) => linkedUnder(version, BASE)) };
  }

  @Get(':id')
  @ApiOkResponse({ description: 'One of your documents with its versions, newest first; `ETag` = its revision.' })
  async document(@Param() params: DocumentIdParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<DocumentView> {
    const { view, revision } = await this.queries.execute<GetDocumentQuery, { view: DocumentView; revision: number }>(new GetDocumentQuery(params.id, accessOf(context)));
    setETag(response, revision);
    return { ...view, versions: view.versions.map((version) => linkedUnder(version, BASE)) };
  }

  @Get(':id/content')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json')
  @ApiOkResponse({ description: "The latest version's bytes exactly as stored." })
  async latestContent(@Param() params: DocumentIdParams, @RequestCtx() context: RequestContext, @Res() response: Response): Promise<void> {
    send(response, await this.queries.execute(new GetDocumentContentQuery(params.id, 'latest', accessOf(context))));
  }

  @Get(':id/versions/:version/content')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json')
  @ApiOkResponse({ description: "One version's bytes exactly as stored." })
  async versionContent(@Param() params: DocumentVersionParams, @RequestCtx() context: RequestContext, @Res() response: Response): Promise<void> {
    send(response, await this.queries.execute(new GetDocumentContentQuery(params.id, params.version, accessOf(context))));
  }
}
