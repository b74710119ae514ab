// Writes the prerendered embed pages and their oEmbed documents into dist/, after the client
// build (dist/embed.html is their template: its script and styles) and the server build
// (.ssr/entry-server.js: the same React components). Run by `npm run build`.
//
// ATLAS_PUBLIC_URL (e.g. https://example.org/atlas/) makes the oEmbed addresses absolute, as
// a CMS needs them; without it they are relative to the app's folder.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FIRST_SLIDE_FILES } from "../src/shells/presenter/storyFiles";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const SSR = join(ROOT, ".ssr");
const TEMPLATE = join(DIST, "embed.html");
const INDEX = join(DIST, "index.html");
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

/** A prerendered page looks ready from its first paint, well before it is hydrated: this notes
 *  what the reader changes or presses until then, for src/shells/earlyChoices.ts to do again
 *  once the page answers. (A statement, run in a page's head script.) */
const NOTE_EARLY_CHOICES = `var E=[],K=["change","input","click"],r=function(e){var t=e.target;E.push([e.type,t,t&&t.value,t&&t.checked])};K.forEach(function(k){document.addEventListener(k,r,true)});window.__atlasEarly={events:E,stop:function(){K.forEach(function(k){document.removeEventListener(k,r,true)})}};`;

/** An inline script the page's policy allows through its hash (the build writes it in). */
function allowInline(html: string, script: string): string {
  const hash = createHash("sha256").update(script).digest("base64");
  const out = html.replace(/(http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;)/, `$1 &#39;sha256-${hash}&#39;`);
  if (!out.includes(`sha256-${hash}`)) throw new Error("prerender: the page has no policy to allow its head script");
  return out;
}

function pageHtml(template: string, parts: { lang: string; base: string; title: string; description: string; oembed: string; root: string; styles: string[] }): string {
  const script = `(function(){${NOTE_EARLY_CHOICES}var c=document.currentScript;c&&c.remove()})()`;
  const head = [
    `<base href="${parts.base}">`,
    `<script>${script}</script>`,
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
  return inlineStyles(allowInline(out, script));
}

/** The explorer's page is written in this language; a reader of another gets it drawn in the browser. */
const EXPLORER_LANG = "en" as const;

/** A module's chunk and every chunk it imports statically, from Vite's manifest. */
function chunksOf(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key) || !manifest[key]) return [];
  seen.add(key);
  return [...new Set([manifest[key].file, ...(manifest[key].imports ?? []).flatMap((k) => chunksOf(manifest, k, seen))])];
}

/** Runs in the head of index.html before anything is painted. The same page serves the
 *  presenter, the embeds and every language, but holds the explorer's default view in one
 *  language: for any other mode or language the markup is marked stale (and hidden by the style
 *  beside this script) so that it never shows, nor counts as that page's paint, before the
 *  script draws the right thing. It sets the theme the app would, so a dark reader's page is
 *  not painted light first. It asks for the files the app would otherwise discover one after
 *  another: for the presenter at once, its code, strings and the datasets its first slide is
 *  built from; for the explorer, the code and data its hydration needs, once the page has first
 *  painted. The explorer paints from its HTML and needs none of them to do so: asked for before
 *  that, ~250 KB of requests competed with the page's own download (Lighthouse's simulated
 *  largest paint read 2.85–2.89 s in seven runs of ten, against 1.84–1.90 s when asked for
 *  after), and starting them cost the main thread ~100 ms under 4× CPU throttling ahead of the
 *  first paint (704 → 580 ms there). The modes and languages are read as src/state/urlState.ts
 *  reads them (a value is trimmed; an unknown or over-long one falls back to the default).
 *  For the explorer it also notes the reader's changes and presses until hydration starts.
 *  Having run, it removes itself: the page then holds no inline script, as an injected one would
 *  be. */
function headScript(languages: readonly string[], preload: string[], presenter: string[]): string {
  return `(function(){var d=document.documentElement,q=new URLSearchParams(location.search),v=function(k){var s=q.get(k)||"";return s.length>400?"":s.trim()},L=${JSON.stringify(languages)},m=v("mode"),l=v("lang"),t=v("theme");` +
    `if(L.indexOf(l)<0){l="en";var n=navigator.languages||[];for(var i=0;i<n.length;i++){var b=String(n[i]).toLowerCase().split("-")[0];if(L.indexOf(b)>=0){l=b;break}}}` +
    `var x=m!=="present"&&m!=="embed"&&l===${JSON.stringify(EXPLORER_LANG)};if(!x)d.setAttribute("data-prerender","off");` +
    `if(t!=="dark"&&t!=="light")t=window.matchMedia&&matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.setAttribute("data-theme",t);` +
    `var f=x?${JSON.stringify(preload)}:m==="present"?${JSON.stringify(presenter)}:[];` +
    `var g=function(){f.forEach(function(h){var e=document.createElement("link"),j=/\\.js$/.test(h);e.rel=j?"modulepreload":"preload";if(!j)e.as=/\\.css$/.test(h)?"style":"fetch";e.crossOrigin="";e.href=h;document.head.appendChild(e)})};` +
    `var P=window.PerformanceObserver;if(x&&P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0){var o=new P(function(){o.disconnect();g()});o.observe({type:"paint"})}else g();` +
    `if(x){${NOTE_EARLY_CHOICES}}` +
    `var c=document.currentScript;c&&c.remove()})()`;
}

/** The files a page was drawn from, and their fingerprints: the browser hydrates only those,
 *  and does not validate again the ones the build validated with no problem. */
function filesAttributes(rendered: { datasets: string[]; fingerprints: string[]; validated: string[] }): string {
  return `data-datasets="${rendered.datasets.join(",")}" data-fingerprints="${rendered.fingerprints.join(",")}" data-validated="${rendered.validated.join(",")}"`;
}

/** index.html with the explorer drawn into it, its head script allowed by the page's policy
 *  through its hash, and every stylesheet the first paint needs written in. */
async function writeExplorer(server: Server, manifest: Record<string, ManifestChunk>, texts: Record<string, string>): Promise<void> {
  let html = readFileSync(INDEX, "utf8");
  const rendered = await server.renderExplorer(EXPLORER_LANG, texts);
  const own = new Set(chunksOf(manifest, "index.html"));
  const code = (...keys: string[]) => [...new Set(keys.flatMap((k) => chunksOf(manifest, k)))].filter((f) => !own.has(f)).map((f) => `./${f}`);
  const world = readdirSync(join(DIST, "assets")).filter((f) => /^countries-110m-.*\.json$/.test(f)).map((f) => `./assets/${f}`);
  const data = rendered.datasets.map((n) => `./data/${n}.json`);
  // The page's own scripts first, the largest of them (core) above all: the page's later links
  // for them are then no request more, and the presenter's files do not take every connection
  // before the code that must run first has been asked for. (The explorer leaves its own scripts
  // to the page's links: asked for first from here, they counted against its first paint, which
  // Lighthouse read at 2.88 s in a clean-clone run, against 1.82 s without.)
  const ownFirst = [...own].sort((a, b) => statSync(join(DIST, b)).size - statSync(join(DIST, a)).size).map((f) => `./${f}`);
  const presenter = [
    ...ownFirst,
    ...code("src/shells/Presenter.tsx", "src/i18n/present.ts"),
    ...stylesOf(manifest, "src/shells/Presenter.tsx").map((f) => `./${f}`),
    ...FIRST_SLIDE_FILES.map((n) => `./data/${n}.json`),
  ];
  const script = headScript(server.LANGUAGES, [...code("src/shells/explorer/hydrate.tsx", server.CHART_SOURCES.map), ...data, ...world], presenter);
  const ownStyles = new Set(stylesOf(manifest, "index.html"));
  const styles = stylesOf(manifest, server.CHART_SOURCES.map).filter((f) => !ownStyles.has(f));
  const root = `<div id="root" data-page="explorer" data-lang="${EXPLORER_LANG}" ${filesAttributes(rendered)}>${rendered.html}</div>`;
  const before = html;
  html = allowInline(html, script)
    .replace(/<title>/, () => `<script>${script}</script>\n    <style>html[data-prerender="off"] #root { display: none; }</style>\n    <title>`)
    .replace(/<\/head>/, () => `${styles.map((f) => `  <link rel="stylesheet" href="./${f}">\n`).join("")}  </head>`)
    .replace(/<div id="root"><\/div>/, () => root);
  if (!html.includes(root) || html === before) throw new Error("prerender: index.html has no empty root");
  writeFileSync(INDEX, inlineStyles(html));
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
  await writeExplorer(server, manifest, texts);
  const written: string[] = ["index.html"];
  for (const lang of server.PAGE_LANGUAGES) {
    const { appTitle } = await server.pageStrings(lang);
    for (const chart of server.PAGE_CHARTS) {
      const path = server.embedPagePath(chart, lang);
      const oembed = server.oembedPath(chart, lang);
      const rendered = await server.renderEmbed({ chart, lang }, texts);
      const title = `${rendered.title} · ${appTitle}`;
      const root = `<div id="root" data-chart="${chart}" data-lang="${lang}" ${filesAttributes(rendered)}>${rendered.html}</div>`;
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
  console.log(`prerender: wrote the explorer and ${written.length - 1} embed pages with their oEmbed documents (${written.join(", ")})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
