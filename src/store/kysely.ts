import { createRequire } from 'node:module';
import type * as KyselyModule from 'kysely';

/**
 * Kysely's runtime, loaded from its CommonJS build. Its ESM build is about 280 modules, and under tsx
 * (`npm start`, the tests) each ESM module passes through the loader's hooks: measured on a loaded
 * 2-core machine, 1.2–1.5 s per process start against 0.2–0.4 s for the CommonJS build. Types still
 * come from `import type … from 'kysely'`, the same package.
 */
const kysely = createRequire(import.meta.url)('kysely') as typeof KyselyModule;

export const { Kysely, PostgresDialect, SqliteDialect, sql } = kysely;
/** The class's instance type, under the same name as the class, as `import { Kysely } from 'kysely'` gives it. */
export type Kysely<DB> = KyselyModule.Kysely<DB>;
