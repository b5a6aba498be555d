// "Is there anything wrong with this page?" without a form service: an email link with the subject and body already written.

/** @example mailtoUrl("team@example.gov.uk", "Broken link", ["Page: Home", "Address: https://…"]) → "mailto:team@example.gov.uk?subject=Broken%20link&body=Page%3A%20Home%0D%0AAddress%3A%20https%3A%2F%2F…" */
export function mailtoUrl(address: string, subject: string, body: string[]): string {
  // RFC 6068: the address as written; subject and body percent-encoded, lines joined with CRLF.
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.join("\r\n"))}`;
}
