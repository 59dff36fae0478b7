// Compiles services/, libs/, bench/ and tools/ to dist/ with SWC (decorator metadata for Nest's DI),
// rewriting the @career/* path aliases of tsconfig.base.json into relative requires so the
// output runs on plain Node. Type checking is `npm run typecheck` (tsc), kept apart for speed.
import { transformFile } from '@swc/core';
import { readFile, readdir, mkdir, writeFile, rm, cp } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist');
const sourceRoots = ['services', 'libs', 'bench', 'tools'];
const isSpec = (file) => /\.spec\.ts$/.test(file);

const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walk(full);
    } else yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const sourceRoot of sourceRoots) {
  for await (const file of walk(path.join(root, sourceRoot))) {
    const relative = path.relative(root, file);
    const target = path.join(outDir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      if (isSpec(file)) continue;
      const output = await transformFile(file, {
        ...swcrc,
        swcrc: false,
        filename: file,
        jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
        sourceFileName: path.relative(path.dirname(target), file),
      });
      const jsTarget = target.replace(/\.ts$/, '.js');
      await writeFile(jsTarget, output.code + `\n//# sourceMappingURL=${path.basename(jsTarget)}.map\n`);
      if (output.map) await writeFile(`${jsTarget}.map`, output.map);
      count++;
    } else if (/\.(json|yaml|csv|ttf|otf|txt|hbs)$/.test(file)) {
      await cp(file, target); // data files read at run time (catalogues, fonts, templates)
    }
  }
}
console.log(`build: ${count} files compiled to ${path.relative(root, outDir)}/`);
