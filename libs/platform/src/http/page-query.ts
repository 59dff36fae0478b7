import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A page of a list: 50 rows unless asked, at most 200; offsets up to a million (no list is longer). */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
export const PAGE_OFFSET_MAX = 1_000_000;

/** Which page of a list: `?limit=&offset=`, integers within their bounds (docs/architecture.md#conventions: OpenAPI says exactly what validation takes). */
export interface Page {
  limit: number;
  offset: number;
}

/**
 * The paging query every listing route takes, validated and declared once: a route's query DTO
 * extends it (or joins it with `IntersectionType`), and `pageOf(query)` fills in the defaults.
 * Out of bounds is a 400 naming `limit` or `offset`.
 */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT, description: 'Rows per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMIT_MAX)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: PAGE_OFFSET_MAX, default: 0, description: 'Rows to pass over (with `total` in the answer: where the next page starts)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(PAGE_OFFSET_MAX)
  offset?: number;
}

export function pageOf(query: PageQueryDto): Page {
  return { limit: query.limit ?? PAGE_LIMIT_DEFAULT, offset: query.offset ?? 0 };
}
