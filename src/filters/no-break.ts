// A phone number must not wrap across lines, or a screen reader and a reader's eye both lose it.

/** Escapes the text and joins its parts with non-breaking spaces and hyphens. @example noBreak("020 8123 4567") → "020&nbsp;8123&nbsp;4567" */
export function noBreak(text: string): string {
  const escaped = String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return escaped.replace(/ +/g, "&nbsp;").replace(/-/g, "&#8209;");
}
