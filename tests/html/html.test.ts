// The html tag (src/html/html.ts) escapes as Nunjucks does, so a TypeScript template is as safe as a Nunjucks one.
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { html, raw } from "../../src/html/html.ts";

const hostile = `<script>alert("x")</script> & 'quotes' \\ back`;

test("escapes every value, byte for byte as Nunjucks' autoescape does", () => {
  const nunjucksOutput = new nunjucks.Environment(null, { autoescape: true }).renderString('<a title="{{ v }}">{{ v }}</a>', { v: hostile });
  assert.is(html`<a title="${hostile}">${hostile}</a>`.toString(), nunjucksOutput);
  assert.not.ok(html`${hostile}`.toString().includes("<script>"));
});

test("prints Html as it is, so nested parts are escaped once", () => {
  const inner = html`<em>${"Health & care"}</em>`;
  assert.is(html`<p>${inner}</p>`.toString(), "<p><em>Health &amp; care</em></p>");
  assert.is(html`${raw("<b>ours</b>")}`.toString(), "<b>ours</b>");
});

test("a list prints its items, each escaped; nothing prints for undefined, null and false, but 0 and '' print as text", () => {
  assert.is(html`<ul>${["<a>", html`<li>b</li>`]}</ul>`.toString(), "<ul>&lt;a&gt;<li>b</li></ul>");
  assert.is(html`[${undefined}${null}${false}]`.toString(), "[]");
  assert.is(html`[${0}${""}]`.toString(), "[0]");
});

test("a Nunjucks page prints a part written with it unescaped (it is Nunjucks' own SafeString)", () => {
  const env = new nunjucks.Environment(null, { autoescape: true });
  env.addGlobal("part", (name: string) => html`<strong>${name}</strong>`);
  assert.is(env.renderString('{{ part("A & B") }}', {}), "<strong>A &amp; B</strong>");
});

test.run();
