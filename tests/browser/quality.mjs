#!/usr/bin/env node
// Accessibility (axe-core, in the system Chromium) and HTML validity (the Nu Html
// Checker, vnu.jar) of every kind of page of a served codeatlas site.
//
//   node tests/browser/quality.mjs BASE_URL [SITE_DIR]
//
// BASE_URL is where the site is served, with its trailing slash. SITE_DIR is the
// folder `codeatlas build --out` wrote; the checker reads the pages' HTML files
// from it. Without SITE_DIR the pages are fetched from BASE_URL into a temporary
// folder first. Prints every violation and error; exits non-zero if there is any.
import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { launchBrowser } from "./browser.mjs";

const [baseArg, siteArg] = process.argv.slice(2);
if (!baseArg) {
  console.error("usage: node tests/browser/quality.mjs BASE_URL [SITE_DIR]");
  process.exit(2);
}
const base = baseArg.endsWith("/") ? baseArg : baseArg + "/";
const url = (rel) => new URL(rel, base).href;
const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const VNU = join(dirname(require.resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");

// Every kind of page, in every locale it exists in. `file` is the page's HTML file
// in the built site; `path` is what the browser loads.
const PAGES = [
  { kind: "root chooser", path: "?choose", file: "index.html" },
  { kind: "404", path: "en/sip/999/", file: "404.html", status: 404 },
];
for (const l of ["en", "ja"]) {
  PAGES.push(
    { kind: `home ${l}`, path: `${l}/`, file: `${l}/index.html` },
    { kind: `registry index ${l}`, path: `${l}/sip/`, file: `${l}/sip/index.html` },
    { kind: `registry index ${l}`, path: `${l}/http/`, file: `${l}/http/index.html` },
    { kind: `code page ${l}`, path: `${l}/sip/183/`, file: `${l}/sip/183/index.html` },
    { kind: `code page ${l} (with status)`, path: `${l}/sip/202/`, file: `${l}/sip/202/index.html` },
    { kind: `code page ${l}`, path: `${l}/http/404/`, file: `${l}/http/404/index.html` },
    { kind: `pair page ${l} (curated)`, path: `${l}/sip/183-vs-437/`, file: `${l}/sip/183-vs-437/index.html` },
    { kind: `pair page ${l} (generated)`, path: `${l}/sip/100-vs-603/`, file: `${l}/sip/100-vs-603/index.html` },
    { kind: `code page ${l} (diagram via a gateway)`, path: `${l}/http/504/`, file: `${l}/http/504/index.html` },
    { kind: `code page ${l} (ISUP, lossy)`, path: `${l}/sip/480/`, file: `${l}/sip/480/index.html` },
    { kind: `Q.850 page ${l}`, path: `${l}/sip/q850/`, file: `${l}/sip/q850/index.html` },
    { kind: `translation status ${l}`, path: `${l}/translation/`, file: `${l}/translation/index.html` },
  );
}
// Korean and Simplified Chinese: every kind of page once (the templates are
// the same; what differs is the text, its fonts and its line breaking).
for (const l of ["ko", "zh-Hans"]) {
  PAGES.push(
    { kind: `home ${l}`, path: `${l}/`, file: `${l}/index.html` },
    { kind: `registry index ${l}`, path: `${l}/sip/`, file: `${l}/sip/index.html` },
    { kind: `code page ${l}`, path: `${l}/sip/183/`, file: `${l}/sip/183/index.html` },
    { kind: `code page ${l}`, path: `${l}/http/404/`, file: `${l}/http/404/index.html` },
    { kind: `pair page ${l} (curated)`, path: `${l}/sip/183-vs-437/`, file: `${l}/sip/183-vs-437/index.html` },
    { kind: `pair page ${l} (generated)`, path: `${l}/http/200-vs-404/`, file: `${l}/http/200-vs-404/index.html` },
    { kind: `code page ${l} (ISUP, lossy)`, path: `${l}/sip/480/`, file: `${l}/sip/480/index.html` },
    { kind: `Q.850 page ${l}`, path: `${l}/sip/q850/`, file: `${l}/sip/q850/index.html` },
    { kind: `translation status ${l}`, path: `${l}/translation/`, file: `${l}/translation/index.html` },
  );
}

let problems = 0;

// ---- axe-core -------------------------------------------------------------
async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // Every rule axe runs by default: WCAG 2.x A/AA and best practices.
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
    }));
  });
  if (result.length === 0) {
    console.log(`ok   axe  ${label}`);
    return;
  }
  for (const v of result) {
    problems++;
    console.log(`FAIL axe  ${label}: ${v.id} (${v.impact}) ${v.help}`);
    for (const n of v.nodes.slice(0, 5)) {
      console.log(`       at ${n.target}: ${String(n.summary).replace(/\s+/g, " ")}`);
    }
    if (v.nodes.length > 5) console.log(`       … and ${v.nodes.length - 5} more`);
  }
}

// Runs one page's checks in a fresh tab; an exception is a reported failure.
async function step(context, label, fn) {
  const page = await context.newPage();
  try {
    await fn(page, label);
  } catch (e) {
    problems++;
    console.log(`FAIL ${label}: ${String(e && e.message ? e.message : e).split("\n")[0]}`);
  } finally {
    await page.close();
  }
}

const browser = await launchBrowser();
try {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ locale: "en-US", colorScheme: scheme });
    context.setDefaultTimeout(10_000);
    for (const p of PAGES) {
      await step(context, `${p.kind} ${p.path} [${scheme}]`, async (page, label) => {
        const resp = await page.goto(url(p.path));
        const want = p.status || 200;
        if (resp.status() !== want) {
          problems++;
          console.log(`FAIL ${label}: HTTP ${resp.status()}, expected ${want}`);
        }
        await axe(page, label);
      });
    }
    // The interactive states: search results open, in both locales.
    for (const [l, q] of [["en", "437"], ["ja", "早期メディア"]]) {
      await step(context, `code page ${l} with search results for "${q}" [${scheme}]`, async (page, label) => {
        await page.goto(url(`${l}/sip/183/`));
        await page.locator("input#q").fill(q);
        await page.locator("form.search ul li a").first().waitFor({ state: "visible", timeout: 10_000 });
        await page.keyboard.press("ArrowDown");
        await axe(page, label);
      });
    }
    // Without site.js: the forms stay hidden, as they do with JavaScript off (axe
    // itself needs JavaScript, so the page's own script is blocked instead).
    const blocked = await browser.newContext({ locale: "en-US", colorScheme: scheme });
    blocked.setDefaultTimeout(10_000);
    await blocked.route(/\/site\.js$/, (route) => route.abort());
    for (const path of ["", "en/sip/183/"]) {
      await step(blocked, `${path || "root chooser"} without site.js [${scheme}]`, async (page, label) => {
        // The root page's inline redirect still runs here; ?choose keeps it still.
        await page.goto(url(path || "?choose"));
        await axe(page, label);
      });
    }
    await blocked.close();
    await context.close();
  }
} finally {
  await browser.close();
}

// ---- Nu Html Checker --------------------------------------------------------
let siteDir = siteArg ? resolve(siteArg) : null;
let fetched = null;
if (!siteDir) {
  fetched = siteDir = mkdtempSync(join(tmpdir(), "codeatlas-vnu-"));
  for (const p of PAGES) {
    const resp = await fetch(url(p.path.startsWith("?") ? "" : p.path));
    const target = join(siteDir, p.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(await resp.arrayBuffer()));
  }
}
const files = [...new Set(PAGES.map((p) => join(siteDir, p.file)))];
for (const f of files) {
  if (!existsSync(f)) {
    problems++;
    console.log(`FAIL vnu  ${f}: no such file in the built site`);
  }
}
if (!existsSync(VNU)) {
  console.error(`vnu.jar is missing at ${VNU}: run ./test.sh, which installs it.`);
  process.exit(2);
}
let report;
try {
  const { stdout, stderr } = await promisify(execFile)(
    "java",
    ["-jar", VNU, "--errors-only", "--format", "json", ...files.filter(existsSync)],
    { maxBuffer: 64 << 20 },
  ).catch((e) => {
    // vnu exits 1 when it found errors; the report is still on stderr.
    if (e.code === "ENOENT") throw new Error("java is missing: run ./test.sh, which installs it");
    if (e.stderr && e.stderr.trim().startsWith("{")) return e;
    throw e;
  });
  report = JSON.parse((stderr || stdout).trim() || '{"messages":[]}');
} catch (e) {
  console.log(`FAIL vnu  could not run the checker: ${e.message}`);
  process.exit(1);
}
const byFile = new Map(files.map((f) => [f, []]));
for (const m of report.messages) {
  const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : "?";
  if (!byFile.has(file)) byFile.set(file, []);
  byFile.get(file).push(m);
}
for (const [file, messages] of byFile) {
  const rel = file.slice(siteDir.length + 1);
  const errors = messages.filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error");
  if (errors.length === 0) {
    console.log(`ok   vnu  ${rel}`);
    continue;
  }
  for (const m of errors) {
    problems++;
    console.log(`FAIL vnu  ${rel}:${m.lastLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"}: ${m.message}`);
    if (m.extract) console.log(`       ${m.extract.replace(/\s+/g, " ").trim()}`);
  }
}
if (fetched) rmSync(fetched, { recursive: true, force: true });

if (problems) {
  console.log(`${problems} accessibility or validity problem(s)`);
  process.exit(1);
}
console.log(`no axe violations and no HTML errors in ${files.length} files`);
