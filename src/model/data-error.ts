// One problem in an editor's data file, and the one way it is written out for them.

export interface DataError {
  /** The file, relative to the project, e.g. _data/partnerships/safer-hillingdon.yaml */
  file: string;
  /** 1-based line and column, where the YAML parser gives them. */
  line?: number;
  column?: number;
  /** The field path, e.g. members[2].sector; empty for the file as a whole. */
  field: string;
  /** What was wrong and what is allowed, in the editor's words. */
  message: string;
  /** A "did you mean" suggestion, where one exists. */
  suggestion?: string;
}

/** One error as a single line, e.g. `_data/partnerships/x.yaml:12:5 members[2].sector: must be one of: …`. */
export function formatDataError(error: DataError): string {
  const where = error.line ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ""}` : error.file;
  const field = error.field ? ` ${error.field}:` : "";
  const hint = error.suggestion ? ` Did you mean "${error.suggestion}"?` : "";
  return `${where}${field} ${error.message}${hint}`;
}

/** Thrown when the data breaks the contract; carries every error of the run, not just the first. */
export class DataErrors extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} problem${errors.length === 1 ? "" : "s"} in the data files:\n${errors.map(formatDataError).join("\n")}`);
    this.name = "DataErrors";
  }
  /** Tells Eleventy's preview server to print the editor's message alone, without a developer's stack trace. */
  readonly skipOriginalStack = true;
}

/** Writes a field path the way editors see it: members[2].sector */
export function fieldPath(path: readonly PropertyKey[]): string {
  // A field name is shown as typed, except characters a terminal would act on instead of showing.
  const shown = (key: PropertyKey) => String(key).replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${shown(key)}` : shown(key)), "");
}
