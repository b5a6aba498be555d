// The one markdown-it set-up: raw HTML shown as text, only the contract's link schemes, headings that never skip a level.
import MarkdownIt from "markdown-it";
import { isAllowedUrl } from "../model/urls.ts";
import { markLanguagePassages } from "./language-passages.ts";
import { normaliseHeadings } from "./normalise-headings.ts";
import { pictureRule } from "./picture-rule.ts";

export const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdownIt.validateLink = (url: string) => url.startsWith("#") || isAllowedUrl(url);
markdownIt.core.ruler.push("normalise_headings", (state) => {
  normaliseHeadings(state.tokens, Number(state.env?.headingLevel ?? 2));
});
markLanguagePassages(markdownIt);
markdownIt.renderer.rules.image = pictureRule(markdownIt.renderer.rules.image!);
