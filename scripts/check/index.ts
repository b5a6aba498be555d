// CLI entry of the accessibility gate: `node --import tsx scripts/check/index.ts [_site] [options]`; exit 1 on any error.
import { parseGateArgs, USAGE } from './args.ts';
import { runGate } from './gate.ts';

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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`check: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
