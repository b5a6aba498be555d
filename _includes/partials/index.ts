// The parts written in TypeScript that Nunjucks pages call too ({{ date(s.data.signed) }}): one implementation of each, whichever engine renders the page.
export { date } from "./date.ts";
export { documentLink } from "./document-link.ts";
export { formerGroups } from "./former-groups.ts";
export { markdownList } from "./markdown-list.ts";
export { statementReview } from "./statement-review.ts";
