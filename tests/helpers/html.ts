// A small, spec-shaped HTML (and XML) reader for tests: enough to find elements, read decoded text and check headings.
// Built here rather than borrowed from a dependency's dependency, so the tests do not break when the build's tools change.

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  parent?: Element;
}
export type Node = Element | string;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose content is text up to their own end tag: script and style raw; title and textarea with entities. */
const RAW_TEXT = new Set(["script", "style"]);
const ESCAPABLE_RAW_TEXT = new Set(["title", "textarea"]);
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘" };

/** Decodes character references (&amp; &#39; &#x27; …) once, as a browser does. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1].toLowerCase() === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Parses a document into a tree; `xml` turns off HTML's void and raw-text elements and honours `/>`. */
export function parseHtml(source: string, { xml = false } = {}): Element {
  const root: Element = { name: "#document", attrs: {}, children: [] };
  let current = root;
  let i = 0;
  const text = (value: string) => {
    if (value) current.children.push(decodeEntities(value));
  };
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt === -1) {
      text(source.slice(i));
      break;
    }
    text(source.slice(i, lt));
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      i = end === -1 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt);
      current.children.push(source.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    if (source[lt + 1] === "!" || source[lt + 1] === "?") {
      i = source.indexOf(">", lt) + 1;
      continue;
    }
    const close = /^<\/([A-Za-z][\w:-]*)\s*>/.exec(source.slice(lt));
    if (close) {
      const name = xml ? close[1] : close[1].toLowerCase();
      let open: Element | undefined = current;
      while (open && open.name !== name) open = open.parent;
      if (open?.parent) current = open.parent;
      i = lt + close[0].length;
      continue;
    }
    const start = /^<([A-Za-z][\w:-]*)/.exec(source.slice(lt));
    if (!start) {
      text("<");
      i = lt + 1;
      continue;
    }
    const element: Element = { name: xml ? start[1] : start[1].toLowerCase(), attrs: {}, children: [], parent: current };
    i = lt + start[0].length;
    const attribute = /\s*(?:([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|(\/)?>)/y;
    let selfClosing = false;
    for (;;) {
      attribute.lastIndex = i;
      const m = attribute.exec(source);
      if (!m) throw new Error(`Unreadable tag at ${lt}: ${source.slice(lt, lt + 80)}`);
      i = attribute.lastIndex;
      if (m[0].trimStart().endsWith(">") && m[1] === undefined) {
        selfClosing = m[5] === "/";
        break;
      }
      if (m[1] === "/") {
        selfClosing = true;
        continue;
      }
      if (m[1] !== undefined) element.attrs[xml ? m[1] : m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
    }
    current.children.push(element);
    if (!xml && (RAW_TEXT.has(element.name) || ESCAPABLE_RAW_TEXT.has(element.name))) {
      const end = source.toLowerCase().indexOf(`</${element.name}`, i);
      const content = source.slice(i, end === -1 ? source.length : end);
      element.children.push(RAW_TEXT.has(element.name) ? content : decodeEntities(content));
      i = end === -1 ? source.length : source.indexOf(">", end) + 1;
      continue;
    }
    if (xml ? !selfClosing : !VOID.has(element.name)) current = element;
  }
  return root;
}

/** Every element under `node`, in document order. */
export function allElements(node: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const child of e.children) {
      if (typeof child !== "string") {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(node);
  return out;
}

/** Elements named `name` (and with every attribute in `attrs`, when given). */
export function findAll(node: Element, name: string, attrs: Record<string, string> = {}): Element[] {
  return allElements(node).filter((e) => e.name === name && Object.entries(attrs).every(([k, v]) => e.attrs[k] === v));
}

/** The one element named `name` (with `attrs`); throws when there is none or more than one, naming what was asked for. */
export function findOne(node: Element, name: string, attrs: Record<string, string> = {}): Element {
  const found = findAll(node, name, attrs);
  if (found.length !== 1) throw new Error(`Expected one <${name}> with ${JSON.stringify(attrs)}, found ${found.length}`);
  return found[0];
}

/** The element with this id. */
export function byId(node: Element, id: string): Element {
  const found = allElements(node).find((e) => e.attrs.id === id);
  if (!found) throw new Error(`No element with id="${id}"`);
  return found;
}

const BLOCK = new Set(["address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "section", "table", "td", "th", "tr", "ul"]);

/** Decoded text of a node, whitespace collapsed, as a reader would hear it: block elements are kept apart even when minified. */
export function textOf(node: Node): string {
  const raw = (n: Node): string => {
    if (typeof n === "string") return n;
    const inner = n.children.map(raw).join("");
    return BLOCK.has(n.name) ? ` ${inner} ` : inner;
  };
  return raw(node).replace(/\s+/g, " ").trim();
}

/** Heading levels (1 to 6) in document order. */
export function headingLevels(node: Element): number[] {
  return allElements(node).filter((e) => /^h[1-6]$/.test(e.name)).map((e) => Number(e.name[1]));
}

/** Problems with a page's heading outline: not exactly one h1, not starting at h1, or a level skipped going down. */
export function headingProblems(node: Element): string[] {
  const levels = headingLevels(node);
  const problems: string[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1] + 1) problems.push(`h${levels[i - 1]} is followed by h${level}`);
  });
  return problems;
}

export interface Crumb {
  text: string;
  href: string;
  current: boolean;
}

/** The breadcrumb trail of a page: each link's text, address and whether it is marked aria-current="page". */
export function breadcrumbs(doc: Element): Crumb[] {
  const nav = findOne(doc, "nav", { "aria-label": "Breadcrumb" });
  return findAll(nav, "a").map((a) => ({ text: textOf(a), href: a.attrs.href, current: a.attrs["aria-current"] === "page" }));
}

/** The text of each `<li>` directly in a list, in order. */
export function listItems(list: Element): string[] {
  return list.children.filter((c): c is Element => typeof c !== "string" && c.name === "li").map(textOf);
}

/** The heading with this text (levels h1 to h6), so a test can read the content that follows it. */
export function heading(doc: Element, text: string | RegExp): Element {
  const found = allElements(doc).filter((e) => /^h[1-6]$/.test(e.name) && (typeof text === "string" ? textOf(e) === text : text.test(textOf(e))));
  if (found.length !== 1) throw new Error(`Expected one heading ${text}, found ${found.length}`);
  return found[0];
}

/** The content between a heading and the next heading of the same or a higher level, as elements. */
export function sectionAfter(h: Element): Element[] {
  const level = Number(h.name[1]);
  const siblings = h.parent!.children.filter((c): c is Element => typeof c !== "string");
  const out: Element[] = [];
  for (const e of siblings.slice(siblings.indexOf(h) + 1)) {
    if (/^h[1-6]$/.test(e.name) && Number(e.name[1]) <= level) break;
    out.push(e);
  }
  return out;
}

/** A definition list as { term: description }, e.g. a page's key facts. */
export function definitions(dl: Element): Record<string, string> {
  const entries: [string, string][] = [];
  let term: string | undefined;
  for (const e of allElements(dl)) {
    if (e.name === "dt") term = textOf(e);
    else if (e.name === "dd" && term !== undefined) entries.push([term, textOf(e)]);
  }
  return Object.fromEntries(entries);
}

/** The first element named `name` among `elements`; throws when there is none. */
export function firstNamed(elements: Element[], name: string): Element {
  const found = elements.find((e) => e.name === name);
  if (!found) throw new Error(`No <${name}> among ${elements.map((e) => `<${e.name}>`).join(" ")}`);
  return found;
}

/** A page's key facts (its `<dl class="facts">`) as { term: description }. */
export const keyFacts = (doc: Element): Record<string, string> => definitions(findOne(doc, "dl", { class: "facts" }));
