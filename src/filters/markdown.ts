// Editors' Markdown fields as HTML; its output is the only HTML a template may mark `safe`.
export { renderMarkdown as markdown, renderInlineMarkdown as markdownInline } from "../markdown/render.ts";
