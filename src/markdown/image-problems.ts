// Finds images in an editor's Markdown that are not this site's own, since a page may load nothing from another host.
import MarkdownIt, { type Token } from "markdown-it";

const parser = new MarkdownIt({ html: false });
parser.validateLink = () => true;

/** One message per image whose address is not a site-relative path (/images/…). */
export function markdownImageProblems(source: string): string[] {
  if (!source.includes("![")) return [];
  const problems: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "image") {
        const src = String(token.attrGet("src") ?? "");
        if (!/^\/images\/[^\s]+$/.test(src)) problems.push(`has an image from "${src}", which is not allowed; images must come from this site, with an address starting with /images/, e.g. ![A group of people talking](/images/meeting.png)`);
      }
      if (token.children) visit(token.children);
    }
  };
  visit(parser.parse(source, {}));
  return problems;
}
