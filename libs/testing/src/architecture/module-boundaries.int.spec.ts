import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { WORKSPACE_ROOT } from '../service-process';

// The architecture rules of docs/architecture.md#the-rules are lint errors, so `nx run-many -t lint` (part of
// `npm test`) fails on a violation. These cases lint real source text as if it were a file
// at the given path, with the workspace's own ESLint config and Nx project graph. ESLint runs
// as its own process (its flat config is an ES module, which Jest's runtime cannot load).
jest.setTimeout(60_000);

async function ruleIdsFor(file: string, source: string): Promise<string[]> {
  const eslint = path.join(WORKSPACE_ROOT, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(process.execPath, [eslint, '--format', 'json', '--stdin', '--stdin-filename', path.join(WORKSPACE_ROOT, file)], {
    cwd: WORKSPACE_ROOT,
    input: source,
    encoding: 'utf8',
  });
  if (run.status === 2 || !run.stdout) throw new Error(`eslint could not run: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('module boundaries (docs/architecture.md#the-rules)', () => {
  it('a service importing another service\'s code is an error', async () => {
    const ids = await ruleIdsFor(
      'services/scheduling/src/boundary-probe.ts',
      "import { clientDecider } from '../../client-intake/src/client/domain/client.decider';\nexport const probe = clientDecider;\n",
    );
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('domain code importing an infrastructure lib is an error', async () => {
    const ids = await ruleIdsFor('libs/event-sourcing/src/boundary-probe.ts', "import { SqliteEventStore } from '@career/event-store';\nexport const probe = SqliteEventStore;\n");
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('contracts importing messaging is an error', async () => {
    const ids = await ruleIdsFor('libs/contracts/src/boundary-probe.ts', "import { createKafka } from '@career/messaging';\nexport const probe = createKafka;\n");
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('a decider importing Nest or reading the clock is an error', async () => {
    const nest = await ruleIdsFor('services/scheduling/src/guidance-process/probe.decider.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(nest).toContain('no-restricted-imports');
    const clock = await ruleIdsFor('services/scheduling/src/guidance-process/probe.decider.ts', 'export const now = () => new Date();\n');
    expect(clock).toContain('no-restricted-syntax');
  });

  it('any file under a domain/ folder is held to the same purity', async () => {
    const path = 'services/scheduling/src/guidance-process/domain/probe-rules.ts';
    expect(await ruleIdsFor(path, "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(path, "import { EVENT_STORE } from '@career/event-store';\nexport const probe = EVENT_STORE;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(path, 'export const now = () => Date.now();\n')).toContain('no-restricted-syntax');
    expect(await ruleIdsFor(path, "import { addDays } from '@career/calendar';\nexport const probe = addDays;\n")).toEqual([]);
  });

  it('a service using shared libs and contracts is fine', async () => {
    const ids = await ruleIdsFor(
      'services/scheduling/src/boundary-probe.ts',
      "import { topicOf } from '@career/contracts';\nimport { defineAggregate } from '@career/event-sourcing';\nexport const probe = [topicOf, defineAggregate];\n",
    );
    expect(ids).toEqual([]);
  });
});
