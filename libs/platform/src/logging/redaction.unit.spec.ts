import { LogCapture } from '../test-support/log-capture';
import { createLogger } from './create-logger';
import { PERSONAL_DATA_KEYS, scrubPersonalData } from './redaction';

describe('log redaction', () => {
  const personal = {
    firstName: 'Matti',
    lastName: 'Meikäläinen',
    email: 'matti@example.fi',
    personalIdentityCode: '131052-308T',
    phone: '+358401234567',
    address: { street: 'Esimerkkikatu 1', postalCode: '00100' },
    dateOfBirth: '1952-10-13',
    notes: 'told the advisor about his divorce',
  };

  it('keeps personal data out of log lines at the top level and nested (objects and arrays)', () => {
    const capture = new LogCapture();
    const logger = createLogger({ service: 'test', destination: capture });
    logger.info(
      {
        ...personal,
        client: { ...personal, profile: { skills: [{ name: 'Forklift', evidence: 'certificate no. 778' }] } },
        clients: [personal],
        clientId: '4a1d1a8e-7c8e-4a55-b5d2-5b3c0f5f7c2b',
      },
      'client registered',
    );
    const line = capture.text;
    for (const value of ['Matti', 'Meikäläinen', 'matti@example.fi', '131052-308T', '+358401234567', 'Esimerkkikatu', '1952-10-13', 'divorce', 'Forklift', '778']) {
      expect(line).not.toContain(value);
    }
    const record = capture.records()[0];
    expect(record).toMatchObject({ msg: 'client registered', service: 'test', clientId: '4a1d1a8e-7c8e-4a55-b5d2-5b3c0f5f7c2b', email: '[redacted]' });
    expect(record.client).toMatchObject({ personalIdentityCode: '[redacted]', address: '[redacted]' });
  });

  it('redacts every listed key', () => {
    const capture = new LogCapture();
    const logger = createLogger({ service: 'test', destination: capture });
    logger.info({ deep: { deeper: Object.fromEntries(PERSONAL_DATA_KEYS.map((key) => [key, `secret-${key}`])) } });
    expect(capture.text).not.toContain('secret-');
  });

  it('redacts authorization and cookie headers if a request object is ever logged', () => {
    const capture = new LogCapture();
    createLogger({ service: 'test', destination: capture }).info({ req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1' } } });
    expect(capture.text).not.toContain('Bearer abc');
    expect(capture.text).not.toContain('sid=1');
  });

  it('redacts at any depth, whatever the key case or separator, in DTO instances and child bindings', () => {
    class RegisterClientDto {
      constructor(
        readonly organisation: string,
        readonly first_name: string,
      ) {}
    }
    let deep: Record<string, unknown> = { Email: 'deep@example.fi' };
    for (let i = 0; i < 12; i++) deep = { level: deep };
    const capture = new LogCapture();
    const logger = createLogger({ service: 'test', destination: capture });
    logger.child({ client: { lastName: 'Bound' } }).info({ dto: new RegisterClientDto('0100', 'Dto'), deep, 'e-mail': 'dash@example.fi' });
    for (const value of ['deep@example.fi', 'Dto', 'dash@example.fi', 'Bound']) expect(capture.text).not.toContain(value);
    expect(capture.records()[0]).toMatchObject({ dto: { organisation: '0100', first_name: '[redacted]' }, client: { lastName: '[redacted]' } });
  });

  it('leaves errors to the error serializer and survives cycles', () => {
    const capture = new LogCapture();
    const logger = createLogger({ service: 'test', destination: capture });
    const cyclic: Record<string, unknown> = { email: 'loop@example.fi' };
    cyclic.self = cyclic;
    logger.error({ err: new Error('projection failed'), cyclic }, 'failed');
    const record = capture.records()[0] as { err: { message: string; stack: string }; cyclic: Record<string, unknown> };
    expect(record.err.message).toBe('projection failed');
    expect(record.err.stack).toContain('projection failed');
    expect(record.cyclic).toEqual({ email: '[redacted]', self: '[Circular]' });
  });
});

describe('scrubPersonalData', () => {
  it('never modifies its input and returns it untouched when nothing is personal', () => {
    const input = { client: { email: 'a@b.fi', tags: [{ phone: '1' }] }, count: 1 };
    const output = scrubPersonalData(input);
    expect(input.client.email).toBe('a@b.fi');
    expect(input.client.tags[0].phone).toBe('1');
    expect(output).toEqual({ client: { email: '[redacted]', tags: [{ phone: '[redacted]' }] }, count: 1 });
    const clean = { clientId: 'c1', meta: { revision: 3 } };
    expect(scrubPersonalData(clean)).toBe(clean);
  });
});
