// Which data file produced a page, read from the slug in its address (the content model's addresses): /partnerships/<slug>/ comes from _data/partnerships/<slug>.yaml.

const PAGES: [RegExp, string][] = [
  [/^\/partnerships\/([a-z0-9-]+)\//, 'partnerships'],
  [/^\/equalities-statements\/([a-z0-9-]+)\//, 'statements'],
  [/^\/areas\/([a-z0-9-]+)\//, 'areas'],
];

/** `_data/partnerships/safer-ealing.yaml` for `/partnerships/safer-ealing/`; undefined for pages made from many files (home, A to Z, lists). */
export function dataFileOfPage(page: string, dataDir = '_data'): string | undefined {
  for (const [pattern, folder] of PAGES) {
    const slug = pattern.exec(page)?.[1];
    if (slug) return `${dataDir}/${folder}/${slug}.yaml`;
  }
  return undefined;
}
