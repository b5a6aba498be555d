// Preloaded (node --import) into a benchmarked child when GNU time is missing: writes the process's peak memory in kilobytes and its CPU seconds on exit.
// Plain JavaScript so it loads in any child, with or without tsx.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    // CPU time covers every thread of the process (the site writer's too), but not child processes.
    writeFileSync(file, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}`);
  });
}
