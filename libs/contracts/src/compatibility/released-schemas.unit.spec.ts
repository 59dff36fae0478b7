import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonSchema } from '../published-schema';
import { registeredSchemas } from '../schema-registry';
import { REGENERATE_COMMAND, RELEASED_DIR, WORKSPACE_ROOT } from '../asyncapi/contract-artifacts';
import { DEPRECATIONS } from './deprecations';
import { releaseViolations, SNAPSHOT_FILE, type ReleasedSnapshot } from './release-rules';

function releasedSnapshots(): ReleasedSnapshot[] {
  const dir = path.join(WORKSPACE_ROOT, RELEASED_DIR);
  return readdirSync(dir)
    .filter((name) => SNAPSHOT_FILE.test(name))
    .map((name) => ({ key: name.replace(/\.json$/, ''), schema: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as JsonSchema }));
}

// Each registered schema against its last released state (libs/contracts/released/): the
// only changes that keep a version are new optional fields and edited annotations.
describe('released contracts', () => {
  it('are not broken, not removed without a deprecation period, and every registered version is released', () => {
    const registered = new Map(registeredSchemas().map(({ type, version, schema }) => [`${type}.v${version}`, schema]));
    const violations = releaseViolations({
      registered,
      released: releasedSnapshots(),
      deprecations: DEPRECATIONS,
      today: new Date().toISOString().slice(0, 10),
    });
    if (violations.length > 0) {
      throw new Error(
        `${violations.join('\n')}\n\n` +
          'A breaking change needs a new version (a new file <event>.v<n+1>.ts registered beside the old one, and an upcaster ' +
          `for stored domain events). A new version gets its snapshot from: ${REGENERATE_COMMAND}`,
      );
    }
  });
});
