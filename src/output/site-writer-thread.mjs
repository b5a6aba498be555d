// Starts a site writer thread: registers tsx, then loads the TypeScript worker (Node 20 does not apply `--import tsx` to a worker's entry).
import { register } from "tsx/esm/api";

register();
await import("./site-writer-worker.ts");
