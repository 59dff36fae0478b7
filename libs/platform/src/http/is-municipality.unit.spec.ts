import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { IsMunicipality, IsRegionCode } from './is-municipality';

class Place {
  @IsMunicipality()
  municipality!: string;

  @IsOptional()
  @IsRegionCode()
  region?: string;
}

const refused = (body: object) => validateSync(plainToInstance(Place, body)).map((e) => e.property);

describe('IsMunicipality and IsRegionCode', () => {
  it('accept a code, a former code, a Finnish or Swedish name, and a region code', () => {
    for (const municipality of ['564', 'Oulu', 'Uleåborg', ' oulu ', '084', 'Maarianhamina - Mariehamn']) expect(refused({ municipality })).toEqual([]);
    expect(refused({ municipality: '091', region: '01' })).toEqual([]);
  });

  it('refuse what the classification does not know, naming the field', () => {
    for (const municipality of ['91', 'Hki', 'Haukipudas', 'Kunta X', '', 564, null]) expect(refused({ municipality })).toEqual(['municipality']);
    for (const region of ['03', '1', 'Uusimaa', '017']) expect(refused({ municipality: '091', region })).toEqual(['region']);
  });

  it('never echoes the value in the message', () => {
    const [error] = validateSync(plainToInstance(Place, { municipality: 'Kunta X' }));
    expect(Object.values(error.constraints ?? {}).join()).not.toContain('Kunta X');
  });
});
