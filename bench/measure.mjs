// Runs a module's `main(args)` and reports this process's wall time, CPU (all threads) and peak RSS as JSON on fd 3.
//   node bench/measure.mjs <module> <args...>
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [modulePath, ...args] = process.argv.slice(2);
const started = process.hrtime.bigint();
const { main } = await import(pathToFileURL(resolve(modulePath)).href);
const status = await main(args);
const usage = process.resourceUsage();
writeSync(
  3,
  JSON.stringify({
    status,
    wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMB: usage.maxRSS / 1024,
  }),
);
process.exitCode = status;
