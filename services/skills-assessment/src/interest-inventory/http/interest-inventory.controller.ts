import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ANSWER_SCALE, INVENTORY_VERSION, inventoryItemsIn, RIASEC_TYPE_NAMES, RIASEC_TYPES, type InventoryLanguage } from '../domain/riasec-items';

const LANGUAGES: readonly InventoryLanguage[] = ['fi', 'sv', 'en'];

export class InventoryQueryDto {
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: InventoryLanguage;
}

/** The RIASEC inventory form: the statements, the 0-4 answer scale and the type names, in one language. */
@ApiTags('interest-inventory')
@ApiBearerAuth()
@Controller('api/v1/interest-inventory')
export class InterestInventoryController {
  @Get()
  @ApiOkResponse({ description: '{ inventoryVersion, language, scale: [{ value, label }], types: [{ type, name }], items: [{ id, type, text }] }' })
  items(@Query() query: InventoryQueryDto) {
    const language = query.lang ?? 'fi';
    return {
      inventoryVersion: INVENTORY_VERSION,
      language,
      scale: ANSWER_SCALE.map((step) => ({ value: step.value, label: step.label[language] })),
      types: RIASEC_TYPES.map((type) => ({ type, name: RIASEC_TYPE_NAMES[type][language] })),
      items: inventoryItemsIn(language),
    };
  }
}
