import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';
import { dlqTopicOf } from '../integration-event';
import { registeredSchemas } from '../schema-registry';
import { buildAsyncApi } from './build-asyncapi';
import { ASYNCAPI_FILE, WORKSPACE_ROOT } from './contract-artifacts';
import { publishedEvents } from './published-events';

// The committed document, parsed and validated by the official AsyncAPI parser (spec schema,
// $refs, and its own rules), then checked against the registry it was generated from.
describe('asyncapi.yaml', () => {
  const source = readFileSync(path.join(WORKSPACE_ROOT, ASYNCAPI_FILE), 'utf8');

  it('is a valid AsyncAPI 3 document without errors or warnings', async () => {
    const { document, diagnostics } = await new Parser().parse(source);
    const problems = diagnostics
      .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
      .map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(problems).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
  }, 30_000);

  it('has a channel per topic and per dead-letter topic, and every registered event as a message with its schema and headers', async () => {
    const { document } = await new Parser().parse(source);
    const addresses = document!.channels().all().map((c) => c.address());
    const topics = [...new Set(publishedEvents().map((e) => e.topic))];
    expect(addresses.sort()).toEqual([...topics, ...topics.map(dlqTopicOf)].sort());

    const messages = new Map(document!.messages().all().map((m) => [m.id(), m]));
    for (const { type, version, schema } of registeredSchemas()) {
      const message = messages.get(`${type}.v${version}`);
      expect(message).toBeDefined();
      const { $schema: _dialect, ...payload } = schema;
      expect(message!.payload()?.json()).toMatchObject(payload);
      const headers = JSON.stringify(message!.headers()?.json());
      expect(headers).toContain(`"const":"fi.ely.career.${type}.v${version}"`);
      for (const header of ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_subject', 'ce_time', 'ce_organisation', 'content-type']) {
        expect(headers).toContain(`"${header}"`);
      }
    }
    const deadLetter = JSON.stringify(messages.get('DeadLetter')!.headers()?.json());
    for (const header of ['dlq_origin_topic', 'dlq_origin_partition', 'dlq_origin_offset', 'dlq_error', 'dlq_attempts']) expect(deadLetter).toContain(`"${header}"`);
  }, 30_000);

  it('would be refused when broken: an unresolvable message reference is an error', async () => {
    const broken = buildAsyncApi();
    delete (broken.components as { messages: Record<string, unknown> }).messages.DeadLetter;
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(broken));
    expect(document).toBeUndefined();
    expect(diagnostics.some((d) => d.severity === DiagnosticSeverity.Error)).toBe(true);
  }, 30_000);
});
