// Preloaded (`node -r`) by child processes that integration tests start: lets them run this
// repo's TypeScript sources directly, compiled on require with the same SWC settings as Jest and
// with the @career/* path aliases resolved, so the tests need no prior build. Infra libs cannot
// import @career/testing, so their tests name this file by path (see TS_REGISTER in each user).
const { transformSync } = require('@swc/core');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../../..');
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

require('reflect-metadata');
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    ...swcrc,
    swcrc: false,
    filename,
    sourceMaps: false,
    jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
  });
  module._compile(code, filename);
};
