// CLI entry of the accessibility gate: `node --import tsx scripts/check/index.ts [_site] [options]`; exit 1 on any error, and always exit (nothing left listening).
import { parseGateArgs, USAGE } from './args.ts';
import { runGate } from './gate.ts';

// Stopped from outside (Ctrl-C, CI cancelling): exit, so that the browsers' exit handlers run.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));

async function main(): Promise<number> {
  let args;
  try {
    args = parseGateArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`check: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const outcome = await runGate(args);
  return outcome.passed ? 0 : 1;
}

// The process ends here whatever is still open: a server or browser a failed checker could not close must not keep it alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
