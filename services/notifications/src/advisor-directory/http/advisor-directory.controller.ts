import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { IsBoolean, IsEmail, IsIn, Matches } from 'class-validator';
import { LANGUAGES, type Language } from '../../messages/domain/format-time';
import { refuse } from '../../notifications.errors';
import { AdvisorDirectory, type AdvisorEntryView } from '../read-models/advisor-directory';

export class AdvisorEntryDto {
  @ApiProperty({ description: 'The advisor’s work e-mail address (the digest goes there)', example: 'aino.ohjaaja@keha.example' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;

  @ApiProperty({ description: 'Send the daily digest of the advisor’s worklist' })
  @IsBoolean()
  digest!: boolean;
}

export class AdvisorParams {
  @Matches(/^[A-Za-z0-9._@:-]{1,128}$/, { message: 'must be a user id (letters, digits, . _ @ : -)' })
  advisorId!: string;
}

/**
 * The advisor directory of the caller's organisation: administrators keep it; an advisor may
 * keep their own entry (`me`: the token's `sub` is the advisor id the worklists use).
 */
@ApiTags('advisor directory')
@ApiBearerAuth()
@Controller('api/v1/advisor-directory')
export class AdvisorDirectoryController {
  constructor(private readonly directory: AdvisorDirectory) {}

  @Get()
  @Roles('admin')
  async list(@RequestCtx() context: RequestContext): Promise<{ items: AdvisorEntryView[] }> {
    return { items: await this.directory.list(context.organisation) };
  }

  @Put('me')
  @Roles('advisor')
  @ApiOkResponse({ description: 'The advisor’s own entry, as stored.' })
  putMine(@Body() body: AdvisorEntryDto, @RequestCtx() context: RequestContext): Promise<AdvisorEntryView> {
    return this.put(context.user.id, body, context);
  }

  @Put(':advisorId')
  @Roles('admin')
  @ApiOkResponse({ description: 'The entry, as stored.' })
  putOne(@Param() params: AdvisorParams, @Body() body: AdvisorEntryDto, @RequestCtx() context: RequestContext): Promise<AdvisorEntryView> {
    return this.put(params.advisorId, body, context);
  }

  @Delete(':advisorId')
  @Roles('admin')
  @HttpCode(204)
  async remove(@Param() params: AdvisorParams, @RequestCtx() context: RequestContext): Promise<void> {
    if (!(await this.directory.remove(context.organisation, params.advisorId))) throw refuse('DIRECTORY.NOT_FOUND');
  }

  private put(advisorId: string, body: AdvisorEntryDto, context: RequestContext): Promise<AdvisorEntryView> {
    const { email, language, digest } = body;
    return this.directory.put({ organisation: context.organisation, advisorId, email, language, digest, updatedBy: context.user.id, updatedAt: context.now.toISOString() });
  }
}
