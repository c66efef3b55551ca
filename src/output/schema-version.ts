// The version of the output contract, apart from schema.ts so that writing output does not load zod.
export const SCHEMA_VERSION = '1';
