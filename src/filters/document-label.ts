// A document's link text carries its type and size, so a reader on a slow or metered connection can decide before opening it.
import { ENGLISH, type PageLanguage } from "../language/page-language.ts";
import type { DocumentData } from "../model/schema.ts";

/** @example documentLabel({ title: "Aims and outcomes", format: "pdf", size_kb: 16 }) → "Aims and outcomes (PDF, 16 KB)" */
export function documentLabel(document: DocumentData, language: PageLanguage = ENGLISH): string {
  const format = document.format.toUpperCase();
  if (document.size_kb === undefined) return language.text("document_label", { title: document.title, format });
  const size = document.size_kb >= 1024
    ? language.text("size_mb", { size: language.number(Number((document.size_kb / 1024).toFixed(1))) })
    : language.text("size_kb", { size: language.number(Math.max(1, Math.round(document.size_kb))) });
  return language.text("document_label_size", { title: document.title, format, size });
}
