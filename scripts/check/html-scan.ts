// Fast regex scan of one HTML (or SVG) document: the ids/anchor names it defines and the URLs it references.

export interface UrlRef {
  tag: string;
  attr: string;
  url: string;
  line: number;
}

export interface ScannedHtml {
  /** Fragment targets: every id, plus name="" on <a>. */
  ids: Set<string>;
  refs: UrlRef[];
  /** href of the first <base>, if any. */
  baseHref?: string;
}

/** Attributes holding one URL, by element. */
const URL_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
/** Attributes holding a srcset (comma-separated candidates). */
const SRCSET_TAGS = new Set(['img', 'source']);
/** Elements whose content is raw text: skip to their end tag without looking for markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<([a-zA-Z][a-zA-Z0-9:._-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function scanHtml(html: string): ScannedHtml {
  const ids = new Set<string>();
  const refs: UrlRef[] = [];
  let baseHref: string | undefined;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number): number => {
    for (let i = html.indexOf('\n', counted); i !== -1 && i < index; i = html.indexOf('\n', i + 1)) line += 1;
    counted = index;
    return line;
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match !== null; match = TOKEN.exec(html)) {
    const rawName = match[1];
    if (rawName === undefined) continue;
    const tag = rawName.toLowerCase();
    const attrs = parseAttributes(match[2] ?? '');

    const id = attrs.get('id');
    if (id !== undefined && id !== '') ids.add(id);
    const name = attrs.get('name');
    if (tag === 'a' && name !== undefined && name !== '') ids.add(name);
    if (tag === 'base' && baseHref === undefined) baseHref = attrs.get('href');

    const urlAttrs = URL_ATTRS[tag];
    if (urlAttrs !== undefined || SRCSET_TAGS.has(tag) || tag === 'meta') {
      const at = lineAt(match.index);
      for (const attr of urlAttrs ?? []) {
        const value = attrs.get(attr);
        if (value !== undefined) refs.push({ tag, attr, url: value.trim(), line: at });
      }
      const srcset = SRCSET_TAGS.has(tag) ? attrs.get('srcset') : undefined;
      if (srcset !== undefined) for (const url of parseSrcset(srcset)) refs.push({ tag, attr: 'srcset', url, line: at });
      const refresh = tag === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh' ? refreshUrl(attrs.get('content') ?? '') : undefined;
      if (refresh !== undefined) refs.push({ tag, attr: 'content', url: refresh, line: at });
    }

    if (RAW_TEXT.has(tag) && !match[0].endsWith('/>')) {
      const close = rawTextEnd(tag);
      close.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = close.exec(html)?.index ?? html.length;
    }
  }
  return baseHref === undefined ? { ids, refs } : { ids, refs, baseHref };
}

const rawTextEnds = new Map<string, RegExp>();
function rawTextEnd(tag: string): RegExp {
  let close = rawTextEnds.get(tag);
  if (close === undefined) {
    close = new RegExp(`</${tag}[\\s/>]`, 'gi');
    rawTextEnds.set(tag, close);
  }
  return close;
}

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let match = ATTR.exec(source); match !== null; match = ATTR.exec(source)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name === '' || attrs.has(name)) continue;
    attrs.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));?/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(Number.parseInt(dec, 10));
    return NAMED[(name ?? '').toLowerCase()] ?? whole;
  });
}

function parseSrcset(srcset: string): string[] {
  return srcset
    .split(/,(?=\s|$)|,(?=[^\s,]*\s)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d*\.?\d*\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+)\1\s*$/i.exec(content);
  const url = match?.[2]?.trim();
  return url === undefined || /^\d+$/.test(url) ? undefined : url;
}
