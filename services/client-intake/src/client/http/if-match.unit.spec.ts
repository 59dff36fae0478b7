import { HttpException } from '@nestjs/common';
import { expectedRevisionFrom } from './if-match';

describe('If-Match -> expected revision', () => {
  it('reads the ETag a read returned, weak or strong', () => {
    expect(expectedRevisionFrom('"7"', { required: true })).toBe(7);
    expect(expectedRevisionFrom('W/"0"', { required: false })).toBe(0);
    expect(expectedRevisionFrom('*', { required: true })).toBeUndefined();
    expect(expectedRevisionFrom(undefined, { required: false })).toBeUndefined();
  });

  it('is 428 when required and missing, 400 when malformed', () => {
    const statusOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as HttpException).getStatus();
      }
      return 'no error';
    };
    expect(statusOf(() => expectedRevisionFrom(undefined, { required: true }))).toBe(428);
    expect(statusOf(() => expectedRevisionFrom('  ', { required: true }))).toBe(428);
    for (const bad of ['7', '"x"', '"1", "2"', '"-1"']) expect(statusOf(() => expectedRevisionFrom(bad, { required: false }))).toBe(400);
  });
});
