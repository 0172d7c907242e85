#!/usr/bin/env node
// End-to-end checks of a served codeatlas site in a real browser (the system
// Chromium, driven by playwright-core; nothing is downloaded).
//
//   node tests/browser/e2e.mjs BASE_URL SCREENSHOT_DIR
//
// BASE_URL is where the site is served, with its trailing slash, e.g.
// http://127.0.0.1:8080/ or http://127.0.0.1:8080/repo/. The site must be the
// shipped content (it uses SIP 183 and 437). Prints one line per check and exits
// non-zero, naming what failed, if any check fails.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { launchBrowser } from "./browser.mjs";

const [baseArg, shotsArg] = process.argv.slice(2);
if (!baseArg || !shotsArg) {
  console.error("usage: node tests/browser/e2e.mjs BASE_URL SCREENSHOT_DIR");
  process.exit(2);
}
const base = baseArg.endsWith("/") ? baseArg : baseArg + "/";
const basePath = new URL(base).pathname;
const shots = resolve(shotsArg);
mkdirSync(shots, { recursive: true });

const url = (rel) => new URL(rel, base).href;
const pathOf = (href) => new URL(href).pathname;

let failures = 0;
async function check(name, fn) {
  const start = Date.now();
  const took = () => `${((Date.now() - start) / 1000).toFixed(1)} s`;
  try {
    const detail = await fn();
    console.log(`ok   ${name}${detail ? ` (${detail})` : ""} ${took()}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${String(e && e.message ? e.message : e).split("\n")[0]} ${took()}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
async function expectPath(page, rel, what) {
  const want = basePath + rel;
  try {
    await page.waitForURL((u) => u.pathname === want, { timeout: 10_000 });
  } catch {
    throw new Error(`${what}: expected to be at ${want}, but the browser is at ${pathOf(page.url())}`);
  }
}

// Japanese text renders only with a CJK font installed; fontconfig knows.
function japaneseFont() {
  try {
    return execFileSync("fc-list", [":lang=ja", "family"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

const browser = await launchBrowser();
// Every page error or failed request is a failure of the check that caused it.
async function newPage(options = {}) {
  const context = await browser.newContext({ locale: "en-US", colorScheme: "light", ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(`script error: ${e.message}`));
  page.on("response", (r) => {
    const p = pathOf(r.url());
    if (r.status() >= 400 && p !== "/favicon.ico") page.errors.push(`HTTP ${r.status()} for ${p}`);
  });
  return page;
}
async function done(page) {
  const errors = page.errors;
  await page.context().close();
  expect(errors.length === 0, errors.join("; "));
}

// Types a query into the header search box and waits for the result list.
async function search(page, query) {
  const input = page.locator("input#q");
  await input.waitFor({ state: "visible" });
  await input.click();
  await input.fill(query);
  const results = page.locator("form.search ul li a");
  try {
    await results.first().waitFor({ state: "visible", timeout: 10_000 });
  } catch {
    const why = page.errors.length ? ` (${page.errors.join("; ")})` : "";
    throw new Error(`no search results appeared for "${query}"${why}`);
  }
  return results;
}

try {
  await check("language switcher on en/sip/183-vs-437/ leads to ja/sip/183-vs-437/", async () => {
    const page = await newPage();
    await page.goto(url("en/sip/183-vs-437/"));
    const ja = page.locator("nav.langs a[hreflang=ja]");
    expect((await ja.count()) === 1, "no link to Japanese in nav.langs");
    await ja.click();
    await expectPath(page, "ja/sip/183-vs-437/", "after clicking 日本語");
    expect((await page.getAttribute("html", "lang")) === "ja", "html lang is not ja");
    const h1 = (await page.locator("h1").innerText()).trim();
    expect(/183/.test(h1) && /437/.test(h1), `h1 does not name both codes: ${h1}`);
    await page.locator("nav.langs a[hreflang=en]").click();
    await expectPath(page, "en/sip/183-vs-437/", "after clicking English");
    await done(page);
    return h1;
  });

  await check('search "437", ArrowDown then Enter opens SIP 437', async () => {
    const page = await newPage();
    await page.goto(url("en/"));
    const results = await search(page, "437");
    const first = (await results.first().innerText()).split("\n")[0].trim();
    expect(/^SIP 437\b/.test(first), `first result is "${first}", not SIP 437`);
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
    expect(focused && focused.startsWith("SIP 437"), `ArrowDown focused "${focused}", not the SIP 437 result`);
    await page.keyboard.press("Enter");
    await expectPath(page, "en/sip/437/", "after Enter");
    const h1 = (await page.locator("h1").innerText()).trim();
    expect(h1.startsWith("SIP 437"), `h1 is "${h1}"`);
    await done(page);
    return h1;
  });

  await check('search "437", clicking the result opens SIP 437', async () => {
    const page = await newPage();
    await page.goto(url("en/http/404/"));
    const results = await search(page, "437");
    await results.filter({ hasText: /^SIP 437/ }).first().click();
    await expectPath(page, "en/sip/437/", "after clicking the result");
    await done(page);
  });

  await check('Enter in the search box (no arrow key) opens the first result', async () => {
    const page = await newPage();
    await page.goto(url("en/"));
    await search(page, "437");
    await page.locator("input#q").press("Enter");
    await expectPath(page, "en/sip/437/", "after Enter in the input");
    await done(page);
  });

  await check('Japanese search "早期メディア" finds SIP 183', async () => {
    const page = await newPage({ locale: "ja-JP" });
    await page.goto(url("ja/"));
    const results = await search(page, "早期メディア");
    const texts = (await results.allInnerTexts()).map((t) => t.split("\n")[0].trim());
    expect(texts.some((t) => t.startsWith("SIP 183")), `results: ${texts.join(" | ")}`);
    const status = (await page.locator("form.search [role=status]").textContent()).trim();
    expect(status.length > 0, "the live status line is empty");
    await results.filter({ hasText: /^SIP 183/ }).first().click();
    await expectPath(page, "ja/sip/183/", "after choosing SIP 183");
    await done(page);
    return `${texts.length} results: ${texts.join(", ")}; status "${status}"`;
  });

  // Search reads what engineers paste: status lines, Reason header fields,
  // two codes, full-width digits; Enter opens the first result.
  // A pair is named as its page names it: "401 vs 403", "401 と 403".
  const pairName = { en: /^HTTP 401 vs 403\b/, ja: /^HTTP 401 と 403(\s|$)/ };
  const pasted = (l) => [
    ["SIP/2.0 486 Busy Here", /^SIP 486\b/, "sip/486/"],
    ["HTTP/1.1 429 Too Many Requests", /^HTTP 429\b/, "http/429/"],
    ['Reason: Q.850;cause=17;text="User busy"', /^SIP 486\b/, "sip/486/"],
    ["Reason: SIP;cause=480", /^SIP 480\b/, "sip/480/"],
    ["401 vs 403", pairName[l], "http/401-vs-403/"],
    ["401 403", pairName[l], "http/401-vs-403/"],
    ["４０４", /^(HTTP|SIP) 404\b/, null],
  ];
  for (const l of ["en", "ja"]) {
    const queries = l === "ja" ? [...pasted(l), ["401と403の違い", pairName.ja, "http/401-vs-403/"]] : pasted(l);
    for (const [query, first, path] of queries) {
      await check(`${l}: search "${query}" puts the right page first and Enter opens it`, async () => {
        const page = await newPage({ locale: l === "ja" ? "ja-JP" : "en-US" });
        await page.goto(url(`${l}/`));
        const results = await search(page, query);
        const top = (await results.first().innerText()).split("\n")[0].trim();
        expect(first.test(top), `first result is "${top}"`);
        await page.locator("input#q").press("Enter");
        if (path) await expectPath(page, `${l}/${path}`, "after Enter");
        await done(page);
        return top;
      });
    }
  }
  // Words rank the codes they describe first.
  const ranked = [
    ["en", "busy", ["SIP 486", "SIP 600"], null],
    ["ja", "話中", ["SIP 486", "SIP 600"], null],
    ["ja", "認証", ["401", "407"], "305"],
    ["en", "authentication", ["401", "407"], "305"],
    ["ko", "통화 중", ["SIP 486", "SIP 600"], null],
    ["zh-Hans", "忙", ["SIP 486", "SIP 600"], null],
    ["en", "ISUP", ["SIP Q.850"], null],
    ["ja", "Q.850", ["SIP Q.850"], null],
  ];
  for (const [l, query, firsts, later] of ranked) {
    await check(`${l}: search "${query}" ranks ${firsts.join(" and ")} first`, async () => {
      const page = await newPage({ locale: l });
      await page.goto(url(`${l}/`));
      const results = await search(page, query);
      const texts = (await results.allInnerTexts()).map((t) => t.split("\n")[0].trim());
      const head = texts.slice(0, firsts.length);
      if (later) {
        // Each wanted code (in either registry) appears before `later`.
        const pos = (c) => texts.findIndex((t) => t.split(" ")[1] === c);
        const bad = firsts.filter((c) => pos(c) < 0 || (pos(later) >= 0 && pos(c) > pos(later)));
        expect(bad.length === 0, `results: ${texts.join(" | ")}`);
      } else {
        expect(firsts.every((f) => head.some((t) => t.startsWith(f))), `results: ${texts.join(" | ")}`);
      }
      await done(page);
      return texts.slice(0, 4).join(" | ");
    });
  }

  for (const l of ["en", "ja"]) {
    await check(`${l}: the Q.850 result says what the page holds, not its title twice`, async () => {
      const page = await newPage({ locale: l });
      await page.goto(url(`${l}/`));
      const results = await search(page, "Q.850");
      const [title, summary] = (await results.first().innerText()).split("\n").map((t) => t.trim());
      expect(title.startsWith("SIP Q.850"), `first result is "${title}"`);
      expect(summary && !title.endsWith(summary), `summary "${summary}" repeats the title "${title}"`);
      await done(page);
      return summary;
    });
  }

  // Cause values are found by their names in the reader's language too.
  const causeNames = [["ja", "呼の拒否"], ["ko", "미할당 번호"], ["zh-Hans", "呼叫被拒绝"], ["en", "call rejected"]];
  for (const [l, query] of causeNames) {
    await check(`${l}: search "${query}" (a cause value's name) finds the Q.850 page`, async () => {
      const page = await newPage({ locale: l });
      await page.goto(url(`${l}/`));
      const results = await search(page, query);
      const texts = (await results.allInnerTexts()).map((t) => t.split("\n")[0].trim());
      expect(texts.some((t) => t.startsWith("SIP Q.850")), `results: ${texts.join(" | ")}`);
      await done(page);
      return texts.slice(0, 3).join(" | ");
    });
  }

  await check("compare control on en/sip/183/ reaches en/sip/183-vs-437/", async () => {
    const page = await newPage();
    await page.goto(url("en/sip/183/"));
    const form = page.locator("form.compare");
    await form.waitFor({ state: "visible" });
    const value = basePath + "en/sip/183-vs-437/";
    await page.selectOption("select#compare-with", value);
    await form.locator("button[type=submit]").click();
    await expectPath(page, "en/sip/183-vs-437/", "after Compare");
    await done(page);
  });

  for (const [locale, want] of [
    ["ja-JP", "ja/"], ["en-US", "en/"], ["fr-FR", "en/"], ["ko-KR", "ko/"], ["ko", "ko/"],
    ["zh-CN", "zh-Hans/"], ["zh-Hans", "zh-Hans/"], ["zh-SG", "zh-Hans/"],
  ]) {
    await check(`root page sends a browser with locale ${locale} to ${want}`, async () => {
      const page = await newPage({ locale });
      await page.goto(base);
      await expectPath(page, want, `root with locale ${locale}`);
      await done(page);
    });
  }

  await check("a language picked in the switcher sticks on the root page", async () => {
    const page = await newPage({ locale: "en-US" });
    await page.goto(url("en/sip/183/"));
    await page.locator("nav.langs a[hreflang=ja]").click();
    await expectPath(page, "ja/sip/183/", "after clicking 日本語");
    await page.goto(base);
    await expectPath(page, "ja/", "root after choosing 日本語 on an en-US browser");
    await page.locator("nav.langs a[hreflang=en]").click();
    await page.goto(base);
    await expectPath(page, "en/", "root after choosing English again");
    await done(page);
  });

  await check("root page with ?choose stays on the chooser", async () => {
    const page = await newPage({ locale: "ja-JP" });
    await page.goto(url("?choose"));
    await page.waitForTimeout(300);
    expect(pathOf(page.url()) === basePath, `redirected to ${pathOf(page.url())}`);
    const names = await page.locator("a[data-choose-lang]").allInnerTexts();
    const want = ["English", "日本語", "한국어", "简体中文"];
    expect(want.every((n) => names.includes(n)) && names.length === 4, `language links: ${names.join(", ")}`);
    await done(page);
  });

  await check("without JavaScript a code page shows its content and pair links", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url("en/sip/183/"));
    const h1 = (await page.locator("h1").innerText()).trim();
    expect(h1 === "SIP 183 Session Progress", `h1 is "${h1}"`);
    expect(await page.locator("#description + .prose, section .prose").first().isVisible(), "description not visible");
    const pairs = page.locator("ul.pairs.all a");
    const n = await pairs.count();
    expect(n >= 70, `only ${n} pair links`);
    expect(await pairs.first().isVisible(), "the pair list is not visible");
    const href = await page.locator("ul.pairs a", { hasText: "437" }).first().getAttribute("href");
    expect(href === basePath + "en/sip/183-vs-437/", `pair link to 437 is ${href}`);
    expect(!(await page.locator("form.compare").isVisible()), "the compare form shows although it cannot work");
    expect(!(await page.locator("form.search").isVisible()), "the search form shows although it cannot work");
    await page.locator("ul.pairs a", { hasText: "437" }).first().click();
    await expectPath(page, "en/sip/183-vs-437/", "after following the pair link");
    await done(page);
    return `${n} pair links`;
  });

  await check("without JavaScript the root page lists every language by its own name", async () => {
    const page = await newPage({ javaScriptEnabled: false, locale: "ja-JP" });
    await page.goto(base);
    const links = page.locator("a[data-choose-lang]");
    expect((await links.count()) === 4, "not four language links");
    await links.filter({ hasText: "日本語" }).click();
    await expectPath(page, "ja/", "after choosing 日本語");
    await done(page);
  });

  await check("a missing page gets the 404 page with status 404", async () => {
    const page = await newPage();
    const resp = await page.goto(url("en/sip/999/"));
    expect(resp.status() === 404, `status ${resp.status()}`);
    page.errors = page.errors.filter((e) => !e.includes("/en/sip/999/"));
    const links = await page.locator("main a").count();
    expect(links >= 2, "no way out of the 404 page");
    const css = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
    expect(css !== "none", "the stylesheet did not load on the 404 page");
    await done(page);
  });

  // Message-flow diagrams: every label inside the picture, no two labels
  // overlapping, every boxed text inside its box; the picture labelled and its
  // text equivalent present. At the desktop width and at 320 px, in light and
  // dark, with screenshots of each diagram.
  const flowPages = [
    ["en", "sip/486/"], ["ja", "sip/486/"], ["en", "http/504/"], ["ja", "http/504/"],
    ["en", "sip/183-vs-437/"], ["ja", "sip/183-vs-437/"],
    ["ko", "sip/486/"], ["zh-Hans", "http/504/"], ["ko", "sip/183-vs-437/"], ["zh-Hans", "sip/183-vs-437/"],
  ];
  const browserLocale = { en: "en-US", ja: "ja-JP", ko: "ko-KR", "zh-Hans": "zh-CN" };
  for (const [l, rel] of flowPages) {
    for (const scheme of ["light", "dark"]) {
      for (const width of [1280, 320]) {
        const name = `flow-${l}-${rel.replace(/\/$/, "").replace(/\//g, "-")}-${scheme}-${width}`;
        await check(`diagrams of ${l}/${rel} [${scheme}, ${width} px] -> ${name}-*.png`, async () => {
          const page = await newPage({ locale: browserLocale[l], colorScheme: scheme, viewport: { width, height: 900 } });
          await page.goto(url(`${l}/${rel}`));
          await page.evaluate(() => document.fonts.ready);
          const report = await page.evaluate(() => {
            const problems = [];
            const svgs = [...document.querySelectorAll("svg.flow")];
            const inside = (r, box) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
            const overlap = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
            for (const svg of svgs) {
              const box = svg.getBoundingClientRect();
              const title = svg.querySelector("title");
              if (svg.getAttribute("role") !== "img" || !title || svg.getAttribute("aria-labelledby") !== title.id) problems.push(`${svg.id || "svg"}: not labelled`);
              const steps = document.getElementById(svg.getAttribute("aria-describedby"));
              if (!steps || steps.tagName !== "OL" || steps.children.length === 0) problems.push(`${title && title.textContent}: no text equivalent`);
              if (box.width > document.querySelector("main, article, body").getBoundingClientRect().width + 1) problems.push(`${title.textContent}: wider than the column`);
              const texts = [...svg.querySelectorAll("text")].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect(), rect: t.parentNode.querySelector("rect") && t.previousElementSibling && t.parentNode.tagName === "g" && t.parentNode.classList.contains("note") ? t.parentNode.querySelector("rect").getBoundingClientRect() : null }));
              for (const x of texts) {
                if (!inside(x.r, box)) problems.push(`"${x.t}" sticks out of the picture`);
                if (x.rect && !inside(x.r, x.rect)) problems.push(`"${x.t}" sticks out of its note box`);
              }
              // Name boxes: each name inside its own box.
              const names = svg.querySelector("g.names");
              if (names) {
                const rects = [...names.querySelectorAll("rect")].map((r) => r.getBoundingClientRect());
                for (const t of names.querySelectorAll("text")) {
                  const r = t.getBoundingClientRect();
                  if (!rects.some((b) => inside(r, b))) problems.push(`name "${t.textContent}" sticks out of its box`);
                }
                for (let i = 1; i < rects.length; i++) if (overlap(rects[i - 1], rects[i]) > 0) problems.push("two name boxes touch");
              }
              for (let i = 0; i < texts.length; i++)
                for (let j = i + 1; j < texts.length; j++)
                  if (overlap(texts[i].r, texts[j].r) > 1) problems.push(`"${texts[i].t}" overlaps "${texts[j].t}"`);
              const px = parseFloat(getComputedStyle(svg.querySelector("text")).fontSize) * (box.width / svg.viewBox.baseVal.width);
              if (px < 9) problems.push(`${title.textContent}: text shrinks to ${px.toFixed(1)} px`);
            }
            return { n: svgs.length, problems };
          });
          expect(report.n >= 1, "no diagram on the page");
          expect(report.problems.length === 0, report.problems.join("; "));
          const figures = page.locator("figure.flow-figure svg");
          for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).screenshot({ path: join(shots, `${name}-${i + 1}.png`) });
          await done(page);
          return `${report.n} diagram(s)`;
        });
      }
    }
  }

  await check("the example's copy button works from the keyboard and copies the exchange", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
    await page.goto(url("en/sip/486/"));
    const button = page.locator("figure.example button.copy");
    await button.waitFor({ state: "visible" });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("figure.example button.copy").textContent === "Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator("figure.example pre").allTextContents();
    expect(copied === shown.join("\n\n"), `copied text differs from the example: ${JSON.stringify(copied.slice(0, 60))}`);
    expect(copied.startsWith("INVITE sip:") && copied.includes("SIP/2.0 486 Busy Here"), "the copy is not the exchange");
    await done(page);
    return `${copied.length} characters`;
  });

  await check("without JavaScript the example is plain selectable text and no copy button shows", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url("en/http/429/"));
    expect(!(await page.locator("figure.example button.copy").isVisible()), "the copy button shows without JavaScript");
    const text = (await page.locator("figure.example pre").allTextContents()).join("\n");
    expect(text.includes("HTTP/1.1 429 Too Many Requests"), "the response is not shown");
    const select = await page.evaluate(() => getComputedStyle(document.querySelector("figure.example pre")).userSelect);
    expect(select !== "none", "the example cannot be selected");
    await done(page);
  });

  // Line breaking suits each script: Korean breaks only between words (in
  // headings too), Chinese strictly (no closing punctuation at a line start).
  for (const [l, prop, want] of [["ko", "wordBreak", "keep-all"], ["zh-Hans", "lineBreak", "strict"]]) {
    await check(`${l}: ${prop} is ${want} in headings and text`, async () => {
      const page = await newPage({ locale: browserLocale[l], viewport: { width: 320, height: 800 } });
      await page.goto(url(`${l}/sip/183-vs-437/`));
      const got = await page.evaluate((p) => [...document.querySelectorAll("main h1, main h2, main h3, main p")].map((e) => getComputedStyle(e)[p]), prop);
      expect(got.length > 5 && got.every((v) => v === want), `${l}: ${prop} is ${[...new Set(got)].join(", ")}`);
      await done(page);
    });
  }

  const pages = [
    ["en", "sip/183/", "code"],
    ["ja", "sip/183/", "code"],
    ["en", "sip/183-vs-437/", "pair"],
    ["ja", "sip/183-vs-437/", "pair"],
  ];
  for (const [l, rel, kind] of pages) {
    const file = `${l}-${kind}-sip-${rel.replace(/\/$/, "").replace(/\//g, "-").replace(/^sip-/, "")}.png`;
    await check(`screenshot ${l}/${rel} -> ${file}`, async () => {
      const page = await newPage({ locale: l === "ja" ? "ja-JP" : "en-US", viewport: { width: 1280, height: 800 } });
      await page.goto(url(`${l}/${rel}`));
      await page.evaluate(() => document.fonts.ready);
      if (l === "ja") expect(japaneseFont(), "no Japanese font is installed (fonts-noto-cjk): the screenshot would show boxes");
      await page.screenshot({ path: join(shots, file), fullPage: true });
      await done(page);
    });
  }
} finally {
  await browser.close();
}

if (failures) {
  console.log(`${failures} check(s) failed`);
  process.exit(1);
}
console.log("all browser checks passed");
