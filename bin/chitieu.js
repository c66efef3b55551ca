#!/usr/bin/env node
// Runs the compiled command line (npm install builds dist/ through the prepare script).
import { main } from '../dist/cli.js';

process.exitCode = main(process.argv.slice(2));
