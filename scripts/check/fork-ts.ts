// Forks a TypeScript module as a Node child process (IPC on), loading tsx in the child.
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function forkTs(moduleUrl: URL): ChildProcess {
  return fork(fileURLToPath(moduleUrl), [], {
    execArgv: ['--import', tsxLoader],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}
