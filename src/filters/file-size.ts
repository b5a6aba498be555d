// A download's size in words, so a reader on a slow or metered connection can decide before opening it.

/** @example fileSize("x".repeat(12000)) → "12 KB" (rounded up: never less than the file really is) */
export function fileSize(content: string): string {
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
