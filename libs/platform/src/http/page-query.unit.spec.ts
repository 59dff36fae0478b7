import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PageQueryDto, pageOf } from './page-query';

// Query strings arrive as text: the DTO converts and bounds them (the ValidationPipe's transform).
const read = (query: Record<string, string>) => plainToInstance(PageQueryDto, query);
const refused = (query: Record<string, string>) => validateSync(read(query)).map((e) => e.property);

describe('PageQueryDto: ?limit=&offset=', () => {
  it('takes whole numbers within the bounds, and fills in 50 rows from the start', () => {
    expect(refused({ limit: '1', offset: '0' })).toEqual([]);
    expect(refused({ limit: '200', offset: '1000000' })).toEqual([]);
    expect(pageOf(read({}))).toEqual({ limit: 50, offset: 0 });
    expect(pageOf(read({ limit: '10', offset: '30' }))).toEqual({ limit: 10, offset: 30 });
  });

  it('refuses anything else, naming the field', () => {
    for (const limit of ['0', '201', '1.5', 'ten', '-1']) expect(refused({ limit })).toEqual(['limit']);
    for (const offset of ['-1', '1000001', '2.5', 'x']) expect(refused({ offset })).toEqual(['offset']);
  });
});
