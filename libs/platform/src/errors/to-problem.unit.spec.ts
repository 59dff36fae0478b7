import { BadRequestException, ForbiddenException, NotFoundException, UnauthorizedException, type ValidationError } from '@nestjs/common';
import { ConcurrencyRetriesExhaustedError, DomainError, WrongExpectedRevisionError } from '@career/event-sourcing';
import { toProblem } from './to-problem';
import { flattenValidationErrors, RequestValidationError } from './validation';

const request = { method: 'POST', path: '/api/v1/clients', requestId: 'r-1' };

describe('toProblem', () => {
  it('always carries type, title, status, detail, instance and the request id', () => {
    expect(toProblem(new ForbiddenException('This operation requires one of the roles: admin.'), request)).toEqual({
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      detail: 'This operation requires one of the roles: admin.',
      instance: '/api/v1/clients',
      requestId: 'r-1',
    });
    expect(toProblem(new UnauthorizedException('A bearer token is required.'), request)).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('maps DomainError kinds: conflict 409, not-found 404, invalid 400, with code and details', () => {
    const conflict = toProblem(new DomainError('CLIENT.ALREADY_REGISTERED', 'Already registered.', { clientId: 'c1' }), request);
    expect(conflict).toMatchObject({ status: 409, code: 'CLIENT.ALREADY_REGISTERED', details: { clientId: 'c1' }, detail: 'Already registered.' });
    expect(toProblem(new DomainError('CLIENT.NOT_FOUND', 'No such client.', {}, 'not-found'), request).status).toBe(404);
    expect(toProblem(new DomainError('MEETING.IN_PAST', 'Meeting in the past.', {}, 'invalid'), request).status).toBe(400);
  });

  it('maps a stale revision to 412 and exhausted retries to 409', () => {
    expect(toProblem(new WrongExpectedRevisionError('client-1', 3, 4), request)).toMatchObject({ status: 412, currentRevision: 4 });
    expect(toProblem(new ConcurrencyRetriesExhaustedError('client-1', 5), request)).toMatchObject({ status: 409 });
  });

  it("rewrites Nest's unknown-route message, which echoes the query string", () => {
    const problem = toProblem(new NotFoundException('Cannot GET /api/v1/x?name=Matti'), { ...request, method: 'GET', path: '/api/v1/x' });
    expect(problem.detail).toBe('No route matches GET /api/v1/x.');
  });

  it('hides everything about unexpected errors', () => {
    const problem = toProblem(new TypeError('cannot read hetu of undefined'), request);
    expect(problem).toMatchObject({ status: 500, title: 'Internal Server Error', detail: 'An unexpected error occurred.' });
    expect(JSON.stringify(problem)).not.toContain('hetu');
  });

  it('joins the message list of a plain BadRequestException', () => {
    expect(toProblem(new BadRequestException(['a is wrong', 'b is wrong']), request).detail).toBe('a is wrong; b is wrong');
  });
});

describe('flattenValidationErrors', () => {
  it('dots nested paths (array items by index) and strips the property name from reasons', () => {
    const errors: ValidationError[] = [
      { property: 'firstName', constraints: { isString: 'firstName must be a string' }, children: [] },
      { property: 'extra', constraints: { whitelistValidation: 'property extra should not exist' }, children: [] },
      {
        property: 'address',
        children: [{ property: 'postalCode', constraints: { matches: 'must be five digits' }, children: [] }],
      },
      {
        property: 'skills',
        children: [{ property: '0', children: [{ property: 'code', constraints: { isString: 'code must be a string' } }] }],
      },
    ];
    const flat = flattenValidationErrors(errors);
    expect(flat).toEqual([
      { field: 'firstName', reason: 'must be a string' },
      { field: 'extra', reason: 'should not exist' },
      { field: 'address.postalCode', reason: 'must be five digits' },
      { field: 'skills.0.code', reason: 'must be a string' },
    ]);
    expect(toProblem(new RequestValidationError(flat), request)).toMatchObject({ status: 400, errors: flat });
  });
});
