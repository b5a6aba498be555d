// Finds images in an editor's Markdown that are not this site's own, since a page may load nothing from another host.
import MarkdownIt, { type Token } from "markdown-it";

const parser = new MarkdownIt({ html: false });
parser.validateLink = () => true;

/** The address of every image in the Markdown, in order. */
export function markdownImages(source: string): string[] {
  if (!source.includes("![")) return [];
  const found: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "image") found.push(String(token.attrGet("src") ?? ""));
      if (token.children) visit(token.children);
    }
  };
  visit(parser.parse(source, {}));
  return found;
}

/** One message per image whose address is not a site-relative path (/images/…). */
export function markdownImageProblems(source: string): string[] {
  return markdownImages(source)
    .filter((src) => !/^\/images\/[^\s]+$/.test(src))
    .map((src) => `has an image from "${src}", which is not allowed; pictures must come from this site's images folder, with an address starting with /images/, e.g. ![Two people talking](/images/talking.png)`);
}
