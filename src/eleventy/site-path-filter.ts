// Eleventy's url filter tries every path as a full URL first, which throws for a path: at 10,000 partnerships its 27,000 calls cost 0.4 s, for a few thousand answers.
interface EleventyConfig {
  getFilter(name: "url"): (path: string) => string;
  on(event: "eleventy.before", listener: () => void): void;
  addNunjucksFilter(name: string, filter: (path: string) => string): void;
  addJavaScriptFunction(name: string, fn: (path: string) => string): void;
}

/** `{{ "/" | sitePath }}`, and `this.sitePath("/")` in a TypeScript template: Eleventy's url filter (the path with the path prefix), each path worked out once per build. */
export function sitePathFilter(eleventyConfig: EleventyConfig): void {
  const url = eleventyConfig.getFilter("url");
  const known = new Map<string, string>();
  // Emptied before every build, since --serve may build again with another path prefix.
  eleventyConfig.on("eleventy.before", () => known.clear());
  const sitePath = (path: string) => {
    let prefixed = known.get(path);
    if (prefixed === undefined) known.set(path, (prefixed = url(path)));
    return prefixed;
  };
  eleventyConfig.addNunjucksFilter("sitePath", sitePath);
  eleventyConfig.addJavaScriptFunction("sitePath", sitePath);
}
