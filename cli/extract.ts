/** Entry point of `npm run extract`: see cli/args.ts for the usage. */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
