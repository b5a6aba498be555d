// A Markdown link with no text is an error, and a picture with no description a warning, named at the data file's own line before any page is built.
import { readFileSync } from "node:fs";
import { emptyTextIn } from "../markdown/empty-text.ts";
import { fieldPath, type DataError } from "./data-error.ts";
import type { SourceFile } from "./load.ts";
import { markdownValues } from "./markdown-fields.ts";

/**
 * Links with no text (errors: WCAG 2.4.4, the page check fails them) and pictures with no description (warnings: allowed when the words beside them say the same).
 * @example emptyTextProblems(file).errors[0].message → 'has a link with no text (to "https://…"): …'
 */
export function emptyTextProblems(source: SourceFile): { errors: DataError[]; warnings: DataError[] } {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  let lines: string[] | undefined;
  for (const { path, text } of markdownValues(source.kind, source.data)) {
    for (const found of emptyTextIn(text)) {
      lines ??= readLines(source.absolutePath);
      const at = source.locate(path);
      const line = at && lineOf(lines, at.line, text.split("\n")[found.line] ?? "");
      const where = { file: source.file, ...(line !== undefined && { line }), field: fieldPath(path) };
      if (found.kind === "link") {
        errors.push({ ...where, message: `has a link with no text (to "${found.target}"), so a screen reader can only read out its address: write words that say where it goes between the square brackets, e.g. [Annual report 2025](${found.target})` });
      } else {
        warnings.push({ ...where, message: `has a picture with no description (${found.target}), so people who cannot see it are told nothing about it: describe it between the square brackets, e.g. ![Map of the borough's six wards](${found.target}), unless the words beside it already say the same` });
      }
    }
  }
  return { errors, warnings };
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, "utf8").split("\n");
  } catch {
    return [];
  }
}

/** The 1-based line of the file, at or after the value's own, that holds this line of its text; the value's line when none does. */
function lineOf(lines: string[], valueLine: number, textLine: string): number {
  const wanted = textLine.trim();
  if (wanted === "") return valueLine;
  for (let i = valueLine - 1; i < lines.length; i++) if (lines[i].includes(wanted)) return i + 1;
  return valueLine;
}
