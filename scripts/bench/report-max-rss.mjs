// Preloaded (node --import) into a benchmarked child when GNU time is missing: writes the process's peak memory in kilobytes on exit.
// Plain JavaScript so it loads in any child, with or without tsx.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
