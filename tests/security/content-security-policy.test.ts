// The policy in every page's <meta> tag works where the host sends no headers (GitHub Pages, GitLab Pages): served by a
// plain static server, a copy of a built page with an inline script and an image from another host blocks both in Chromium.
import { cpSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "puppeteer";
import { launchBrowser } from "../../scripts/check/browser.ts";
import { fixtureBuild, succeeded } from "../helpers/build.ts";
import { tempDir } from "../helpers/data-folder.ts";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png" };
const PIXEL = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

/** Serves a folder with a Content-Type and nothing else: no Content-Security-Policy, no other header a host might add. */
function plainServer(root: string, onRequest: (path: string) => void = () => {}): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    onRequest(path);
    try {
      const file = join(root, normalize(path.endsWith("/") ? `${path}index.html` : path));
      const body = readFileSync(file);
      response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const port = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

test("an inline script and an image from another host, added to a built page, are both blocked by the page's own <meta> policy", async () => {
  const site = join(tempDir("csp-site-"), "site");
  cpSync(succeeded(await fixtureBuild()).out, site, { recursive: true });
  mkdirSync(join(site, "..", "other-host"));
  writeFileSync(join(site, "..", "other-host", "pixel.png"), PIXEL);
  const otherHostRequests: string[] = [];
  const other = await plainServer(join(site, "..", "other-host"), (path) => otherHostRequests.push(path));
  const server = await plainServer(site);
  let browser: Browser | undefined;
  try {
    const page = readFileSync(join(site, "a-z", "index.html"), "utf8");
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src (&#39;|')none(&#39;|'); /);
    // "localhost" is another host than 127.0.0.1, as a tracker's or an attacker's site would be.
    const injected = (html: string) => html.replace("</main>", `<script>document.documentElement.dataset.ran = "yes";</script><img id="elsewhere" alt="" src="http://localhost:${port(other)}/pixel.png"></main>`);
    mkdirSync(join(site, "hostile"));
    writeFileSync(join(site, "hostile", "index.html"), injected(page));
    // The control: the same additions to a copy without the policy run and load, so the test can fail.
    mkdirSync(join(site, "control"));
    writeFileSync(join(site, "control", "index.html"), injected(page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")));

    browser = await launchBrowser();
    const tab = await browser.newPage();
    const refused: string[] = [];
    // Chromium reports each blocked action on the console, in words that vary by version.
    tab.on("console", (message) => refused.push(message.text()));
    const visit = async (path: string) => {
      const response = await tab.goto(`http://127.0.0.1:${port(server)}${path}`, { waitUntil: "networkidle0" });
      assert.is(response?.headers()["content-security-policy"], undefined, "the server sends no policy of its own");
      return tab.evaluate(() => ({ ran: document.documentElement.dataset.ran ?? "no", loaded: (document.getElementById("elsewhere") as HTMLImageElement).naturalWidth > 0 }));
    };

    assert.equal(await visit("/control/"), { ran: "yes", loaded: true }, "without the policy, both run and load");
    assert.equal(otherHostRequests, ["/pixel.png"]);

    otherHostRequests.length = 0;
    refused.length = 0;
    assert.equal(await visit("/hostile/"), { ran: "no", loaded: false }, "with the page's own policy, neither does");
    assert.equal(otherHostRequests, [], "the other host is never asked");
    assert.ok(refused.some((line) => /(Refused to execute inline script|Executing inline script violates)/.test(line)), refused.join("\n"));
    assert.ok(refused.some((line) => /(Refused to load the image|Loading the image) 'http:\/\/localhost:\d+\/pixel\.png'/.test(line)), refused.join("\n"));
    // The referrer policy in the same head: a link followed from the page sends no Referer.
    assert.is(await tab.evaluate(() => document.querySelector('meta[name="referrer"]')?.getAttribute("content")), "no-referrer");
  } finally {
    await browser?.close();
    await close(server);
    await close(other);
  }
});

test.run();
