// Every temporary folder the tests make (theirs and those of the CLI runs they spawn) goes under one root that is
// removed when the run ends, so a test run leaves nothing behind in the machine's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'chitieu-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
