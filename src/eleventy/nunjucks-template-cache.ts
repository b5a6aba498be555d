// Eleventy 3.1 compiles a paginated template afresh for every page it makes; one compiled template per file and source serves them all.
import nunjucks from "nunjucks";

interface EleventyConfig {
  amendLibrary(name: "njk", amend: (environment: nunjucks.Environment) => void): void;
  on(event: "eleventy.before", listener: () => void): void;
  addExtension(name: "njk", options: { key: "njk"; compileOptions: { permalink: boolean }; compile: (source: string, inputPath: string) => (data: object) => Promise<string> }): void;
}

/** Compiles each Nunjucks source once per build (10,000 partnership pages share one compiled template); emptied before every build so --serve sees edits. */
export function nunjucksTemplateCache(eleventyConfig: EleventyConfig): void {
  let environment: nunjucks.Environment | undefined;
  const compiled = new Map<string, nunjucks.Template>();
  eleventyConfig.amendLibrary("njk", (env) => {
    environment = env;
  });
  eleventyConfig.on("eleventy.before", () => compiled.clear());
  eleventyConfig.addExtension("njk", {
    key: "njk",
    // Permalinks are Nunjucks too ("{{ partnership.url }}"), so they go through the same compiler.
    compileOptions: { permalink: true },
    compile(source, inputPath) {
      const key = `${inputPath}\0${source}`;
      let template = compiled.get(key);
      if (!template) {
        const path = !inputPath || inputPath === "njk" || inputPath === "md" ? undefined : inputPath;
        template = new nunjucks.Template(source, environment, path, false);
        compiled.set(key, template);
      }
      const ready = template;
      return (data) => new Promise((resolve, reject) => ready.render(data, (error, result) => (error ? reject(error) : resolve(result ?? ""))));
    },
  });
}
