/**
 * `node dist/cli.js [--json] [--explain] [--content DIR] [--locale CODE] [--compare FILE | QUESTION...]`: the terminal CLI compiled, as production runs it
 * (issue 15 names this path); the same program as `npm run ask` and `node dist/bin/ask.js`.
 */
import './bin/ask.js';
