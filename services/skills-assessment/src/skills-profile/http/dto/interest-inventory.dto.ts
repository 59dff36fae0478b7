import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { PersonChangeDto } from './person-change.dto';

export class RecordInterestInventoryDto extends PersonChangeDto {
  @ApiProperty({
    description: 'Item id -> answer 0-4, for every item of GET /api/v1/interest-inventory (unknown, missing or out-of-range answers are refused, naming the items).',
    example: { R1: 3, I1: 1, A1: 0 },
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 4 },
  })
  @IsObject()
  answers!: Record<string, number>;
}
