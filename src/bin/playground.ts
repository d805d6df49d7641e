import { readDotenv } from '../env.js';
import { orRefuse, shutDownOnSignals } from '../lifecycle.js';
import { playgroundPort, startPlayground } from '../playground/server.js';

/**
 * `npm run playground`: the bot behind a local stand-in for Discord, with a page on 127.0.0.1 that
 * looks and behaves like a channel (PLAYGROUND_PORT, default 3000). No token, no account, no network.
 */
readDotenv();
const port = await orRefuse(() => playgroundPort(process.env));
const playground = await orRefuse(startPlayground({ port, env: process.env }));
process.stdout.write(`FAQ bot playground: ${playground.url} (content from ${process.env.CONTENT_DIR?.trim() || './content'}; Ctrl-C stops it)\n`);
shutDownOnSignals(playground.log, () => playground.close());
