// The Markdown values of a data file, found by walking the one schema beside the data, so no check keeps its own list of Markdown fields.
import { z } from "zod";
import { FILE_KINDS, MARKDOWN_FIELDS, type FileKind } from "./schema.ts";

export interface MarkdownValue {
  path: (string | number)[];
  text: string;
}

/**
 * Every string in `data` that the schema of `kind` reads as Markdown, with its field path; values the schema rejects are skipped.
 * @example markdownValues("partnership", { description: "See [](/x/)" }) → [{ path: ["description"], text: "See [](/x/)" }]
 */
export function markdownValues(kind: FileKind, data: unknown): MarkdownValue[] {
  const found: MarkdownValue[] = [];
  const walk = (schema: unknown, value: unknown, path: (string | number)[]) => {
    const node = unwrap(schema);
    if (MARKDOWN_FIELDS.has(node as z.ZodType)) {
      if (typeof value === "string") found.push({ path, text: value });
    } else if (node instanceof z.ZodObject && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) if (key in node.shape) walk(node.shape[key], item, [...path, key]);
    } else if (node instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((item, i) => walk(node.element, item, [...path, i]));
    }
  };
  walk(FILE_KINDS[kind], data, []);
  return found;
}

function unwrap(schema: unknown): unknown {
  let node = schema;
  for (;;) {
    if (MARKDOWN_FIELDS.has(node as z.ZodType)) return node;
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node.unwrap();
    else if (node instanceof z.ZodPipe) node = node.in;
    else return node;
  }
}
