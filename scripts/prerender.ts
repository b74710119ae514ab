// Writes the prerendered embed pages and their oEmbed documents into dist/, after the client
// build (dist/embed.html is their template: its script and styles) and the server build
// (.ssr/entry-server.js: the same React components). Run by `npm run build`.
//
// ATLAS_PUBLIC_URL (e.g. https://example.org/atlas/) makes the oEmbed addresses absolute, as
// a CMS needs them; without it they are relative to the app's folder.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const SSR = join(ROOT, ".ssr");
const TEMPLATE = join(DIST, "embed.html");
const MANIFEST = join(DIST, ".vite/manifest.json");
const PUBLIC_URL = process.env.ATLAS_PUBLIC_URL?.replace(/\/?$/, "/") ?? "";
const FRAME_WIDTH = 640;

type Server = typeof import("../src/entry-server");

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** The stylesheets a module's chunk and the chunks it imports bring, from Vite's manifest: the
 *  browser would load them with the chart's code; the page needs them before it. */
function stylesOf(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key) || !manifest[key]) return [];
  seen.add(key);
  const chunk = manifest[key];
  return [...new Set([...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((k) => stylesOf(manifest, k, seen))])];
}

/** The page's stylesheets written into it (the policy allows inline styles): the first paint
 *  then waits for nothing but the page itself, one request instead of three or four. Each keeps
 *  a disabled <link> (never fetched) by which Vite sees the file as loaded when the chart's code
 *  asks for it, so it is not added again after the others, which would change the cascade. */
function inlineStyles(html: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g, (_, file: string) =>
    `<style>${readFileSync(join(DIST, file), "utf8").replace(/<\/style/gi, "<\\/style")}</style><link rel="stylesheet" href="./${file}" disabled>`);
}

function pageHtml(template: string, parts: { lang: string; base: string; title: string; description: string; oembed: string; root: string; styles: string[] }): string {
  const head = [
    `<base href="${parts.base}">`,
    `<meta name="description" content="${escapeHtml(parts.description)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(parts.oembed)}" title="${escapeHtml(parts.title)}">`,
  ].join("\n    ");
  const out = template
    .replace(/<html lang="[^"]*">/, `<html lang="${parts.lang}">`)
    // The base comes first: every relative address after it (styles, scripts) depends on it.
    .replace(/<head>/, `<head>\n    ${head}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(parts.title)}</title>`)
    .replace(/<\/head>/, () => `${parts.styles.map((f) => `  <link rel="stylesheet" href="./${f}">\n`).join("")}  </head>`)
    .replace(/<div id="root"><\/div>/, () => parts.root);
  if (out === template || !out.includes(parts.root)) throw new Error("prerender: the template has no <div id=\"root\"></div>");
  return inlineStyles(out);
}

async function main() {
  if (!existsSync(TEMPLATE)) throw new Error("prerender: dist/embed.html is missing; run the client build first");
  const entry = readdirSync(SSR).find((f) => /^entry-server\.m?js$/.test(f));
  if (!entry) throw new Error("prerender: .ssr/entry-server.js is missing; run the server build first");
  const server = (await import(pathToFileURL(join(SSR, entry)).href)) as Server;
  const template = readFileSync(TEMPLATE, "utf8");
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, ManifestChunk>;
  const templateStyles = new Set(stylesOf(manifest, "embed.html"));
  const texts = Object.fromEntries(
    readdirSync(join(DIST, "data")).filter((f) => f.endsWith(".json")).map((f) => [f.replace(/\.json$/, ""), readFileSync(join(DIST, "data", f), "utf8")]),
  );
  const written: string[] = [];
  for (const lang of server.PAGE_LANGUAGES) {
    const { appTitle } = await server.pageStrings(lang);
    for (const chart of server.PAGE_CHARTS) {
      const path = server.embedPagePath(chart, lang);
      const oembed = server.oembedPath(chart, lang);
      const rendered = await server.renderEmbed({ chart, lang }, texts);
      const title = `${rendered.title} · ${appTitle}`;
      const root = `<div id="root" data-chart="${chart}" data-lang="${lang}" data-datasets="${rendered.datasets.join(",")}">${rendered.html}</div>`;
      const styles = stylesOf(manifest, server.CHART_SOURCES[chart]).filter((f) => !templateStyles.has(f));
      const html = pageHtml(template, {
        lang, base: server.rootFrom(path), title, description: rendered.description, oembed: PUBLIC_URL + oembed, root, styles,
      });
      const height = server.frameHeight(chart);
      const doc = {
        version: "1.0",
        type: "rich",
        title,
        provider_name: appTitle,
        provider_url: PUBLIC_URL || "./",
        html: server.iframeSnippet(PUBLIC_URL + path, chart, title, height),
        width: FRAME_WIDTH,
        height,
      };
      mkdirSync(dirname(join(DIST, path)), { recursive: true });
      writeFileSync(join(DIST, path), html);
      writeFileSync(join(DIST, oembed), JSON.stringify(doc, null, 2) + "\n");
      written.push(path);
    }
  }
  // The template is not a page: opened on its own it would draw nothing.
  rmSync(TEMPLATE);
  rmSync(dirname(MANIFEST), { recursive: true });
  console.log(`prerender: wrote ${written.length} embed pages and their oEmbed documents (${written.join(", ")})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
