// Assertions on the data errors of a run, printing every error when one does not match so a failure explains itself.
import * as assert from "uvu/assert";
import { formatDataError, type DataError } from "../../src/model/data-error.ts";

export interface ExpectedError {
  file: string;
  line?: number;
  field: string;
  message: RegExp;
  suggestion?: string;
}

const listed = (errors: DataError[]) => (errors.length ? errors.map(formatDataError).join("\n") : "(no errors)");

/** Asserts the run found exactly one error, and that it is the expected one. */
export function expectOneError(errors: DataError[], expected: ExpectedError): void {
  assert.is(errors.length, 1, `expected exactly one error, got ${errors.length}:\n${listed(errors)}`);
  expectError(errors[0], expected);
}

/** Asserts one error matches: file, line (when given), field path, message, and suggestion (undefined when none is expected). */
export function expectError(error: DataError, expected: ExpectedError): void {
  const where = formatDataError(error);
  assert.is(error.file, expected.file, where);
  if (expected.line !== undefined) assert.is(error.line, expected.line, `line of: ${where}`);
  assert.is(error.field, expected.field, where);
  assert.match(error.message, expected.message, where);
  assert.is(error.suggestion, expected.suggestion, `suggestion of: ${where}`);
}

/** The errors of one file. */
export const errorsIn = (errors: DataError[], file: string): DataError[] => errors.filter((e) => e.file === file);

/** Asserts no errors, listing them if there are any. */
export function expectNoErrors(errors: DataError[]): void {
  assert.is(errors.length, 0, listed(errors));
}
