import { loadOrCreateDevKey } from '../dev-key';

/** One "service start" for the multi-process dev-key test: prints the key id it ended up with. */
loadOrCreateDevKey(process.argv[2]).then(
  (key) => process.stdout.write(`${key.kid}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
