// markdown-it's image rule, publishing each picture from images/ at the size it is shown (src/pictures/publish.ts).
import type { RendererRule } from "markdown-it";
import { pictureHtml } from "../pictures/publish.ts";

type ImageRule = RendererRule;

/** Wraps markdown-it's own image rule: a picture in images/ becomes <picture>; anything else renders as before. */
export function pictureRule(plain: ImageRule): ImageRule {
  return (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    // The first picture of a text loads with the page; env is one object per rendered text.
    const state = (env ?? {}) as { picturesShown?: number };
    const first = !state.picturesShown;
    state.picturesShown = (state.picturesShown ?? 0) + 1;
    return pictureHtml(String(token.attrGet("src") ?? ""), alt, first) ?? plain(tokens, idx, options, env, self);
  };
}
