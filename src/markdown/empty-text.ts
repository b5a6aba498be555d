// Finds links and images in an editor's Markdown that have no text, so `npm run validate` names the file and line before the page check finds them on the page.
import MarkdownIt, { type Token } from "markdown-it";

const parser = new MarkdownIt({ html: false });
parser.validateLink = () => true;

export interface EmptyText {
  kind: "link" | "image";
  /** The address the link or image has. */
  target: string;
  /** 0-based: the line of the text it is on. */
  line: number;
}

/**
 * Every link whose text (with the descriptions of any images inside it) is empty, and every image outside a link with no description.
 * @example emptyTextIn("See [](https://example.gov.uk).") → [{ kind: "link", target: "https://example.gov.uk", line: 0 }]
 */
export function emptyTextIn(source: string): EmptyText[] {
  if (!source.includes("]")) return [];
  const found: EmptyText[] = [];
  for (const block of parser.parse(source, {})) {
    if (block.type !== "inline" || !block.children) continue;
    let line = block.map?.[0] ?? 0;
    const open: { target: string; line: number; text: string }[] = [];
    for (const token of block.children) {
      if (token.type === "softbreak" || token.type === "hardbreak") line++;
      else if (token.type === "link_open") open.push({ target: String(token.attrGet("href") ?? ""), line, text: "" });
      else if (token.type === "link_close") {
        const link = open.pop();
        if (link && !visible(link.text)) found.push({ kind: "link", target: link.target, line: link.line });
        if (link && open.length > 0) open[open.length - 1].text += link.text;
      } else {
        const text = textOf(token);
        if (token.type === "image" && open.length === 0 && !visible(text)) found.push({ kind: "image", target: String(token.attrGet("src") ?? ""), line });
        if (open.length > 0) open[open.length - 1].text += text;
      }
    }
  }
  return found;
}

/** What a token gives a screen reader to read: its text, or an image's description. */
function textOf(token: Token): string {
  if (token.type === "image") return (token.children ?? []).map(textOf).join("") || token.content;
  return token.type === "text" || token.type === "code_inline" ? token.content : "";
}

const visible = (text: string) => /[\p{L}\p{N}\p{S}\p{P}]/u.test(text);
