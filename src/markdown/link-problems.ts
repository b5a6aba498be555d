// Finds links and images in an editor's Markdown that the contract forbids (javascript:, data:, images from other sites), so the build can name them.
import MarkdownIt, { type Token } from "markdown-it";
import { ALLOWED_URL, isSiteRelativeUrl, urlProblem } from "../model/urls.ts";

// A parser that keeps every link exactly as written (no percent-encoding), so none is dropped or disguised before we can report it.
const permissive = new MarkdownIt({ html: false });
permissive.validateLink = () => true;
permissive.normalizeLink = (url: string) => url;

/** One message per link or image whose address is not allowed. */
export function markdownLinkProblems(source: string): string[] {
  // Every link, image and autolink needs a "]" or a "<"; text without them is skipped quickly.
  if (!/[\]<]/.test(source)) return [];
  const problems: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "image") {
        const src = String(token.attrGet("src") ?? "");
        if (!isSiteRelativeUrl(src)) problems.push(`has an image from "${src}", which is not allowed; images must come from this site, with a path starting with / such as /images/plan.png, since a page loads nothing from another site`);
      } else if (token.type === "link_open") {
        const href = String(token.attrGet("href") ?? "");
        const problem = href.startsWith("#") ? undefined : urlProblem(href);
        if (problem) problems.push(`has a link to "${href}", which is not allowed: it ${problem}; links must be ${ALLOWED_URL}`);
      }
      if (token.children) visit(token.children);
    }
  };
  visit(permissive.parse(source, {}));
  return problems;
}
