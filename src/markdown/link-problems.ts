// Finds links in an editor's Markdown that the contract forbids (javascript:, data: and the like), so the build can name them.
import MarkdownIt, { type Token } from "markdown-it";
import { ALLOWED_URL, isAllowedUrl } from "../model/urls.ts";

// A parser that keeps every link, so none is dropped silently before we can report it.
const permissive = new MarkdownIt({ html: false });
permissive.validateLink = () => true;

/** One message per link or image whose address is not allowed. */
export function markdownLinkProblems(source: string): string[] {
  if (!/\]\(|<[a-z]+:|\]:/i.test(source)) return [];
  const problems: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      const attr = token.type === "link_open" ? token.attrGet("href") : token.type === "image" ? token.attrGet("src") : null;
      const href = attr === null ? null : String(attr);
      if (href !== null && !href.startsWith("#") && !isAllowedUrl(href)) problems.push(`has a link to "${href}", which is not allowed; links must be ${ALLOWED_URL}`);
      if (token.children) visit(token.children);
    }
  };
  visit(permissive.parse(source, {}));
  return problems;
}
