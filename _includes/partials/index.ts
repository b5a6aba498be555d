// The parts written in TypeScript that Nunjucks pages call too ({{ date(s.data.signed) }}): one implementation of each, whichever engine renders the page.
export { date } from "./date.ts";
export { formerGroups } from "./former-groups.ts";
