// Parsers and detectors that only some documents need (HTML, Markdown, franc for a language the letters leave
// undecided) are loaded on first use, not at start-up: a one-article run of plain text never pays for them. Loading
// stays synchronous (Node 20.19+ can `require()` an ES module), so ingest keeps its synchronous interface.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A value made on first call and kept: `make` typically requires a package with `requirePackage`. */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The namespace of an installed package, loaded synchronously (an ES module's default export is `.default`). */
export function requirePackage<T>(name: string): T {
  return require(name) as T;
}
