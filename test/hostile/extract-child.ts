// Run in a child process by the hostile tests: extracts the paths given with the library `extract()` and prints one
// summary line per document (so a hang or a crash fails the test, never the suite).
import { extract } from '../../src/index.js';

for (const doc of extract(process.argv.slice(2))) {
  const codes = [...doc.warnings, ...doc.errors].map((d) => d.code);
  process.stdout.write(`${JSON.stringify({ source: doc.source, targets: doc.targets.length, codes })}\n`);
}
