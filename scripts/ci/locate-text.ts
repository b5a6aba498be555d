// Finds where in a data file a piece of text was written: the field path and the line, using the yaml library's positions.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { fieldPath } from '../../src/model/data-error.ts';
import { parseWithPositions } from '../../src/model/load.ts';

export interface TextPlace {
  file: string;
  /** Field path as editors see it, e.g. sections[1].body */
  field: string;
  /** 1-based line and column in the file of the text itself (of the field's value when the text is not written there literally). */
  line: number;
  column: number;
}

export type Located = (file: string, text: string) => TextPlace | undefined;

/**
 * The first string value in `source` that contains `text`, or undefined.
 * @example locateText('_data/partnerships/x.yaml', 'name: X\ndescription: |\n  See [](https://x.example)\n', 'https://x.example') → { field: 'description', line: 3, column: 9, … }
 */
export function locateText(file: string, source: string, text: string): TextPlace | undefined {
  return locateIn(file, { source, ...parseWithPositions(source) }, text);
}

/** A locator over many files that reads and parses each file once, however many problems it is asked about. */
export function textLocator(read: (file: string) => string | undefined): Located {
  const parsed = new Map<string, Parsed | undefined>();
  return (file, text) => {
    if (!parsed.has(file)) {
      const source = read(file);
      parsed.set(file, source === undefined ? undefined : { source, ...parseWithPositions(source) });
    }
    const found = parsed.get(file);
    return found === undefined ? undefined : locateIn(file, found, text);
  };
}

type Parsed = { source: string } & ReturnType<typeof parseWithPositions>;

function locateIn(file: string, { source, document, lineCounter }: Parsed, text: string): TextPlace | undefined {
  for (const { node, path } of stringValues(document.contents as Node | null, [])) {
    if (!String(node.value).includes(text)) continue;
    const [start, end] = node.range ?? [0, 0];
    const written = source.slice(start, end).indexOf(text);
    const position = lineCounter.linePos(written >= 0 ? start + written : start);
    return { file, field: fieldPath(path), line: position.line, column: position.col };
  }
  return undefined;
}

function* stringValues(node: Node | null, path: (string | number)[]): Generator<{ node: Extract<Node, { value: unknown }>; path: (string | number)[] }> {
  if (isMap(node)) {
    for (const pair of node.items) yield* stringValues(pair.value as Node | null, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) yield* stringValues(node.items[i] as Node | null, [...path, i]);
  } else if (isScalar(node) && typeof node.value === 'string') {
    yield { node, path };
  }
}
