#!/usr/bin/env node
// Runs the compiled command line (npm install builds dist/ through the prepare script).
import { main } from '../dist/cli.js';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
