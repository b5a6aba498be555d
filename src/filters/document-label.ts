// A document's link text carries its type and size, so a reader on a slow or metered connection can decide before opening it.
import type { DocumentData } from "../model/schema.ts";

/** @example documentLabel({ title: "Aims and outcomes", format: "pdf", size_kb: 16 }) → "Aims and outcomes (PDF, 16 KB)" */
export function documentLabel(document: DocumentData): string {
  const format = document.format.toUpperCase();
  if (document.size_kb === undefined) return `${document.title} (${format})`;
  const size = document.size_kb >= 1024 ? `${(document.size_kb / 1024).toFixed(1).replace(/\.0$/, "")} MB` : `${Math.max(1, Math.round(document.size_kb))} KB`;
  return `${document.title} (${format}, ${size})`;
}
