import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsInstant } from './is-instant';

class Slot {
  @IsInstant()
  start!: string;
}

const refused = (body: object) => validateSync(plainToInstance(Slot, body)).map((e) => ({ field: e.property, messages: Object.values(e.constraints ?? {}) }));

describe('IsInstant', () => {
  it('accepts real moments with an offset', () => {
    for (const start of ['2028-02-29T10:00:00+02:00', '2026-03-02T10:00Z', '2026-12-31T23:59:59.999-05:00']) expect(refused({ start })).toEqual([]);
  });

  it('refuses impossible moments, local times and other spellings, naming the field, never rolling over', () => {
    for (const start of ['2027-02-30T10:00:00+02:00', '2026-03-02T24:00:00+02:00', '2026-03-02T10:60+02:00', '2026-03-02T10:00:00', '2026-03-02', 'tomorrow', 1_767_225_600_000, null]) {
      expect(refused({ start })).toEqual([{ field: 'start', messages: [expect.stringMatching(/^must be an ISO 8601 date-time with an offset/)] }]);
    }
  });
});
