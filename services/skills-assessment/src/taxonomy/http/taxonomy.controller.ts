import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SingleLine } from '@career/platform';
import { CURATED_OCCUPATIONS, curatedOccupation, type CuratedOccupation } from '../../skills-profile/domain/occupation-requirements';
import { PROFILE_LANGUAGES, type ProfileLanguage } from '../../skills-profile/domain/skills-profile.events';
import type { EscoSkillCollection } from '../domain/esco-types';
import { createLabelIndex, MAX_SEARCH_LIMIT } from '../domain/label-search';
import { shippedTaxonomy } from '../domain/taxonomy-search';

const COLLECTIONS: readonly EscoSkillCollection[] = ['transversal', 'language', 'ict'];

class SearchQueryDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SingleLine()
  q!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_LIMIT)
  limit?: number;
}

export class OccupationSearchQueryDto extends SearchQueryDto {
  /** The curated occupations' everyday names are searched in this language too (ESCO's own labels are English). */
  @IsOptional()
  @IsIn(PROFILE_LANGUAGES)
  lang?: ProfileLanguage;
}

export class SkillSearchQueryDto extends SearchQueryDto {
  @IsOptional()
  @IsIn(COLLECTIONS)
  collection?: EscoSkillCollection;
}

const curatedIndexes = new Map(
  PROFILE_LANGUAGES.map((language) => [
    language,
    createLabelIndex(CURATED_OCCUPATIONS, (o: CuratedOccupation) => ({ preferred: o.commonNames[language], alternatives: [] })),
  ]),
);

/**
 * Search over the shipped ESCO v1.1.1 data (English labels; ESCO is © European Union, reused
 * under Decision 2011/833/EU). Reference data, no personal data: any authenticated caller.
 */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('api/v1/taxonomy')
export class TaxonomyController {
  /**
   * ESCO occupations by preferred or alternative label; with `lang`, the curated occupations'
   * everyday names in that language match too (listed first). `curated` marks occupations
   * whose essential skills become a target's requirements.
   */
  @Get('occupations')
  @ApiOkResponse({ description: '{ query, language, labelLanguage: "en", results: [{ conceptUri, preferredLabel, matchedLabel, match, iscoGroup, curated, commonName? }] }' })
  occupations(@Query() query: OccupationSearchQueryDto) {
    const language = query.lang ?? 'en';
    const limit = query.limit;
    const taxonomy = shippedTaxonomy();
    const byCommonName = (curatedIndexes.get(language)?.search(query.q, { limit }) ?? []).flatMap(({ item, matchedLabel, match }) => {
      const occupation = taxonomy.occupationByUri(item.occupationUri);
      return occupation ? [{ conceptUri: occupation.conceptUri, preferredLabel: occupation.preferredLabel, matchedLabel, match, iscoGroup: occupation.iscoGroup }] : [];
    });
    const seen = new Set(byCommonName.map((r) => r.conceptUri));
    const merged = [...byCommonName, ...taxonomy.searchOccupations(query.q, { limit }).filter((r) => !seen.has(r.conceptUri))].slice(0, limit ?? 20);
    return {
      query: query.q,
      language,
      labelLanguage: 'en',
      results: merged.map((result) => {
        const curated = curatedOccupation(result.conceptUri);
        return { ...result, curated: curated !== undefined, ...(curated && { commonName: curated.commonNames[language] }) };
      }),
    };
  }

  /** ESCO skills of the shipped transversal, language and ICT collections, with the profile kind each suggests. */
  @Get('skills')
  @ApiOkResponse({ description: '{ query, labelLanguage: "en", results: [{ conceptUri, preferredLabel, matchedLabel, match, skillType, collections, suggestedKind }] }' })
  skills(@Query() query: SkillSearchQueryDto) {
    return {
      query: query.q,
      labelLanguage: 'en',
      results: shippedTaxonomy().searchSkills(query.q, { limit: query.limit, collection: query.collection }),
    };
  }
}
