// The slice of Eleventy's programmatic API this project uses; Eleventy 3 ships no type declarations.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
  export const EleventyHtmlBasePlugin: unknown;
}
