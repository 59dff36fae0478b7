import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

export class DocumentIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class DocumentVersionParams extends DocumentIdParams {
  @ApiProperty({ minimum: 1, maximum: 1_000_000, type: 'integer' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version!: number;
}

export class ClientIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;
}
