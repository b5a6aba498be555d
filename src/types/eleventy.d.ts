// The slice of Eleventy's programmatic API this project uses; Eleventy 3 ships no type declarations.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    /** Render everything but write nothing (the site writer writes instead). */
    dryRun?: boolean;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Eleventy's console logger; overrideLogger swaps where its lines go. */
    readonly logger: { overrideLogger(logger: Pick<Console, "log" | "warn" | "error" | "info"> | false): void };
  }
  export const EleventyHtmlBasePlugin: unknown;
}
