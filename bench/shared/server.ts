// A static server for the built app and the TimelineJS page, which records every file it
// serves with its raw and gzip size (the bytes job reads that record).
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "dist");
export const TL_DIST = join(ROOT, "node_modules/@knight-lab/timelinejs/dist");
export const TL_PAGE = join(ROOT, "bench/timelinejs");

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  path: string;
  raw: number;
  gzip: number;
}

const gzipCache = new Map<string, { raw: number; gzip: number; mtime: number }>();
function sizesOf(file: string): { raw: number; gzip: number } {
  const mtime = statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.mtime === mtime) return hit;
  const buf = readFileSync(file);
  const entry = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, mtime };
  gzipCache.set(file, entry);
  return entry;
}

/** The file behind a URL path: the build, TimelineJS's files (/tl/) and its page (/tlpage/). */
export function fileFor(urlPath: string): string | null {
  const p = decodeURIComponent(urlPath.split("?")[0]);
  const pick = (base: string, rest: string) => {
    const f = normalize(join(base, rest));
    return f.startsWith(base) ? f : null;
  };
  if (p.startsWith("/tl/")) return pick(TL_DIST, p.slice(4));
  if (p.startsWith("/tlpage/")) return pick(TL_PAGE, p.slice(8) || "index.html");
  return pick(DIST, p === "/" ? "index.html" : p.slice(1));
}

export interface StaticServer {
  server: Server;
  origin: string;
  /** The files served since the last call, in order; the record starts afresh. */
  takeServed(): Served[];
}

export function startServer(): Promise<StaticServer> {
  let served: Served[] = [];
  const server = createServer((req, res) => {
    const file = fileFor(req.url ?? "/");
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const sizes = sizesOf(file);
    served.push({ path: (req.url ?? "/").split("?")[0], ...sizes });
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  const takeServed = () => {
    const out = served;
    served = [];
    return out;
  };
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`, takeServed });
    }),
  );
}
