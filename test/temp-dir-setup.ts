/**
 * A vitest setup file (runs in each test file's worker before the file is collected). The file's first hook
 * ends its collection; after its own afterAll hooks (registered later, so run earlier), the folders made and
 * the processes started in its beforeAll hooks are removed and stopped.
 */
import { afterAll, beforeAll } from 'vitest';
import { runFileCleanups, setCollecting } from './temp-dir.js';

setCollecting(true);
beforeAll(() => setCollecting(false));
afterAll(runFileCleanups);
