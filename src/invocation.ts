import path from 'node:path';

/**
 * How the running terminal tool was started, for its usage line: `node dist/cli.js` or `node
 * dist/bin/report.js` when the compiled file was run (the path as given, relative to the working folder
 * when it lies inside it), else `npm run <script> --` (the TypeScript source runs through its npm script).
 */
export function invokedAs(script: string, argv1: string | undefined = process.argv[1]): string {
  if (!argv1 || !/\.[cm]?js$/.test(argv1)) return `npm run ${script} --`;
  const relative = path.relative(process.cwd(), argv1);
  return `node ${relative.startsWith('..') || path.isAbsolute(relative) ? argv1 : relative}`;
}
