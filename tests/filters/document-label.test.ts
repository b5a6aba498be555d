// A document link's text carries its type and size (src/filters/document-label.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { documentLabel } from "../../src/filters/document-label.ts";

const doc = (format: string, size_kb?: number) => ({ title: "Aims and outcomes", url: "/a", format, size_kb });

test("title, format in capitals and size in KB", () => {
  assert.is(documentLabel(doc("pdf", 16)), "Aims and outcomes (PDF, 16 KB)");
  assert.is(documentLabel(doc("DOCX", 250.4)), "Aims and outcomes (DOCX, 250 KB)");
});

test("1024 KB and more in MB, to one decimal place when needed", () => {
  assert.is(documentLabel(doc("PDF", 2048)), "Aims and outcomes (PDF, 2 MB)");
  assert.is(documentLabel(doc("XLSX", 1536)), "Aims and outcomes (XLSX, 1.5 MB)");
  assert.is(documentLabel(doc("ODT", 1024)), "Aims and outcomes (ODT, 1 MB)");
});

test("the largest size the schema allows (1,000,000 KB) reads as megabytes, never in exponent notation", () => {
  assert.is(documentLabel(doc("PDF", 1_000_000)), "Aims and outcomes (PDF, 976.6 MB)");
});

test("no size: the format alone", () => {
  assert.is(documentLabel(doc("csv")), "Aims and outcomes (CSV)");
});

test("a file under half a kilobyte is never shown as 0 KB", () => {
  assert.is(documentLabel(doc("CSV", 0.3)), "Aims and outcomes (CSV, 1 KB)");
});

test.run();
