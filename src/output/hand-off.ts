// The last transform: during `npm run build` each rendered file goes to the site writer instead of being written by Eleventy.
import { activeSiteWriter } from "./site-writer.ts";

export function handOffToSiteWriter(this: { page: { outputPath: string | false } }, content: string): string {
  const outputPath = this.page.outputPath;
  if (typeof outputPath === "string") activeSiteWriter()?.write(outputPath, content);
  return content;
}
