import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, REGENERATE_COMMAND, staleFiles, WORKSPACE_ROOT } from './contract-artifacts';

// asyncapi.yaml, docs/events.md and libs/contracts/schemas/*.json are generated from the
// registry and committed; a change to a contract without regenerating them fails here.
describe('generated contract documents', () => {
  it('are up to date with the registry', () => {
    const stale = staleFiles();
    if (stale.length > 0) {
      throw new Error(`stale generated contract files:\n  ${stale.join('\n  ')}\nregenerate with: ${REGENERATE_COMMAND}`);
    }
  });

  it('include one JSON Schema file per registered event and version, in draft 2020-12', () => {
    const schemaFiles = generatedFiles().filter((f) => f.path.startsWith('libs/contracts/schemas/'));
    expect(schemaFiles.length).toBeGreaterThan(0);
    for (const file of schemaFiles) {
      const schema = JSON.parse(readFileSync(path.join(WORKSPACE_ROOT, file.path), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('render every event in the Markdown catalogue with its fields and an example', () => {
    const markdown = generatedFiles().find((f) => f.path === 'docs/events.md')!.content;
    const headings = generatedFiles().filter((f) => f.path.startsWith('libs/contracts/schemas/')).map((f) => path.basename(f.path, '.json'));
    for (const key of headings) {
      const [type, version] = key.split('.v');
      expect(markdown).toContain(`### ${type} v${version}\n`);
      expect(markdown).toContain(`\`ce_type\` = \`fi.ely.career.${type}.v${version}\``);
    }
    expect(markdown).toContain('| `clientId` | string (uuid) | yes |');
    expect(markdown).toContain('## Dead-letter topics');
  });
});
