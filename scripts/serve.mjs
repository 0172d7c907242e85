#!/usr/bin/env node
// Serves a built codeatlas site for local checks (the same rules as the server in
// tests/browser.rs): GET and HEAD only, /x/ maps to x/index.html, a folder without
// its slash redirects to it, anything missing gets the site's 404.html with status 404.
//
//   node scripts/serve.mjs DIR [PORT] [PREFIX]
//
// DIR is what `codeatlas build --out DIR` wrote. PREFIX is the path the site lives
// under ("/" by default; "/repo/" to mimic GitHub Pages project sites). Build with
// `--base-url http://127.0.0.1:PORT/PREFIX` so canonical URLs match what is served.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const [dirArg, portArg = "8080", prefixArg = "/"] = process.argv.slice(2);
if (!dirArg) {
  console.error("usage: node scripts/serve.mjs DIR [PORT] [PREFIX]");
  process.exit(2);
}
const root = resolve(dirArg);
const prefix = ("/" + prefixArg + "/").replace(/\/+/g, "/");
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

async function isFile(p) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}
async function isDir(p) {
  try { return (await stat(p)).isDirectory(); } catch { return false; }
}

async function send(res, status, file, head) {
  const body = await readFile(file);
  res.writeHead(status, {
    "content-type": types[extname(file)] || "application/octet-stream",
    "content-length": body.length,
    "cache-control": "no-store",
  });
  res.end(head ? undefined : body);
}

createServer(async (req, res) => {
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" });
      return res.end();
    }
    const head = req.method === "HEAD";
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.startsWith(prefix) && !path.split("/").includes("..")) {
      const rel = path.slice(prefix.length);
      const file = join(root, rel);
      if (file === root || file.startsWith(root + sep)) {
        if (rel === "" || rel.endsWith("/")) {
          if (await isFile(join(file, "index.html"))) return await send(res, 200, join(file, "index.html"), head);
        } else if (await isFile(file)) {
          return await send(res, 200, file, head);
        } else if (await isDir(file)) {
          res.writeHead(301, { location: path + "/" });
          return res.end();
        }
      }
    }
    await send(res, 404, join(root, "404.html"), head);
  } catch (e) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(e));
  }
}).listen(Number(portArg), "127.0.0.1", () => {
  console.log(`serving ${dirArg} at http://127.0.0.1:${portArg}${prefix}`);
});
