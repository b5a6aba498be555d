// Says plainly when a site has no partnership pages yet (a council's first day, after `npm run new -- site`): the gate then checks only the pages every site has.

/**
 * One line for the gate's log when no partnership page is in the sitemap; undefined otherwise.
 * @example contentCoverageNote(["/", "/a-z/", "/404.html"]) → "Note: the site has no partnership pages yet …"
 */
export function contentCoverageNote(pages: readonly string[]): string | undefined {
  if (pages.length === 0 || pages.some((page) => page.startsWith('/partnerships/'))) return undefined;
  const statements = pages.some((page) => /^\/equalities-statements\/[^/]+\//.test(page));
  return `Note: the site has no partnership${statements ? '' : ', area or statement'} pages yet, so only the ${pages.length} pages every site has are checked; the page kinds it lacks are checked once the first file of each is added (the test fixtures check them in npm run test:unit).`;
}
