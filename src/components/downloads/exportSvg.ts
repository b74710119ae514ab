// Turns a chart's live <svg> into a standalone SVG file: the drawing with the computed styles
// it needs inlined (so it renders without the page's CSS), a system font stack instead of any
// web font, and the title, source line and credit drawn in as text.
//
// Map images: Leaflet draws its vector layers (the world-atlas basemap polygons and circle
// markers) into one <svg> in `.leaflet-overlay-pane`. Pass that element: because it sits in
// a `.leaflet-container`, the export crops its viewBox to the map's visible rectangle (the
// renderer pads the SVG beyond the viewport). HTML markers, tooltips and raster tiles are not
// part of that SVG and do not appear in the image; the atlas's basemap is vector, so nothing
// of the map itself is lost.

export interface SvgMeta {
  title: string;
  subtitle?: string;
  source: string;
  credit: string;
  lang: string;
}

export const SYSTEM_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

const SVG_NS = "http://www.w3.org/2000/svg";

/** Inherited in SVG: written only where an element's value differs from its parent's. */
const INHERITED = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
  "stroke-linecap", "stroke-linejoin", "font-size", "font-weight", "font-style", "text-anchor",
  "dominant-baseline", "letter-spacing", "visibility", "paint-order",
] as const;
/** Not inherited: written where they differ from the initial value. */
const OWN: Record<string, string> = { opacity: "1", display: "inline", "mix-blend-mode": "normal", "vector-effect": "none" };

const PAD = 16;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;
const FOOT_SIZE = 12;
const LINE = 1.3;

function inlineStyles(orig: Element, clone: Element, parentStyle: CSSStyleDeclaration | null): void {
  const view = orig.ownerDocument.defaultView;
  if (!view) return;
  const cs = view.getComputedStyle(orig);
  const parts: string[] = [];
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    if (!v) continue;
    if (parentStyle && parentStyle.getPropertyValue(p) === v) continue;
    parts.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = cs.getPropertyValue(p);
    if (v && v !== initial && !(p === "display" && v === "block" && orig.tagName.toLowerCase() === "svg")) parts.push(`${p}:${v}`);
  }
  const own = clone.getAttribute("style");
  // Computed values go after the element's own inline style so they win over var() references.
  const style = [own, ...parts].filter(Boolean).join(";");
  if (style) clone.setAttribute("style", style);
  const oc = orig.children;
  const cc = clone.children;
  for (let i = 0; i < oc.length && i < cc.length; i++) inlineStyles(oc[i], cc[i], cs);
}

function numberAttr(el: Element, name: string): number | null {
  const raw = el.getAttribute(name);
  if (!raw || raw.endsWith("%")) return null;
  const n = parseFloat(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function viewBoxOf(svg: SVGSVGElement): [number, number, number, number] | null {
  const raw = svg.getAttribute("viewBox");
  if (!raw) return null;
  const v = raw.split(/[\s,]+/).map(Number);
  return v.length === 4 && v.every(Number.isFinite) && v[2] > 0 && v[3] > 0 ? (v as [number, number, number, number]) : null;
}

/** Visible size and viewBox of the drawing (cropped to the map for a Leaflet overlay). */
function geometry(svg: SVGSVGElement): { width: number; height: number; viewBox: [number, number, number, number] } {
  const rect = svg.getBoundingClientRect();
  const vb = viewBoxOf(svg);
  let width = rect.width || numberAttr(svg, "width") || vb?.[2] || 800;
  let height = rect.height || numberAttr(svg, "height") || vb?.[3] || 500;
  let viewBox: [number, number, number, number] = vb ?? [0, 0, width, height];
  const map = svg.closest(".leaflet-container");
  if (map && rect.width > 0 && rect.height > 0) {
    const m = map.getBoundingClientRect();
    const kx = viewBox[2] / rect.width;
    const ky = viewBox[3] / rect.height;
    viewBox = [viewBox[0] + (m.left - rect.left) * kx, viewBox[1] + (m.top - rect.top) * ky, m.width * kx, m.height * ky];
    width = m.width;
    height = m.height;
  }
  return { width: Math.round(width), height: Math.round(height), viewBox };
}

function backgroundOf(el: Element): string {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e && view; e = e.parentElement) {
    const bg = view.getComputedStyle(e).backgroundColor;
    if (bg && bg !== "transparent" && !/rgba\([^)]*,\s*0\)$/.test(bg)) return bg;
  }
  return "#ffffff";
}

function colourOf(el: Element): string {
  const c = el.ownerDocument.defaultView?.getComputedStyle(el).color;
  return c || "#1a1a1a";
}

/** Greedy word wrap by an average glyph width: good enough for a title and a source line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(12, Math.floor(maxWidth / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function exportSvg(svg: SVGSVGElement, meta: SvgMeta): string {
  const doc = svg.ownerDocument;
  const { width, height, viewBox } = geometry(svg);
  const colour = colourOf(svg);
  const el = (name: string, attrs: Record<string, string | number> = {}) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const textBlock = (lines: string[], y: number, size: number, weight: string, fill: string) => {
    const t = el("text", { x: PAD, y, "font-size": size, "font-weight": weight, fill });
    lines.forEach((line, i) => {
      const span = el("tspan", { x: PAD, dy: i === 0 ? 0 : Math.round(size * LINE) });
      span.textContent = line;
      t.append(span);
    });
    return t;
  };
  const inner = width - 2 * PAD;
  const titleLines = wrapText(meta.title, inner, TITLE_SIZE);
  const subtitleLines = meta.subtitle ? wrapText(meta.subtitle, inner, SUBTITLE_SIZE) : [];
  const sourceLines = wrapText(meta.source, inner, FOOT_SIZE);
  const creditLines = wrapText(meta.credit, inner, FOOT_SIZE);
  const titleH = titleLines.length * TITLE_SIZE * LINE;
  const subtitleH = subtitleLines.length * SUBTITLE_SIZE * LINE;
  const header = Math.ceil(PAD + titleH + (subtitleH ? subtitleH + 4 : 0) + 8);
  const footLines = sourceLines.length + creditLines.length;
  const footer = Math.ceil(8 + footLines * FOOT_SIZE * LINE + PAD);
  const total = header + height + footer;

  const root = el("svg", {
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    "font-family": SYSTEM_FONT_STACK,
    lang: meta.lang,
  });
  const title = el("title");
  title.textContent = meta.title;
  root.append(title);
  if (meta.subtitle) {
    const desc = el("desc");
    desc.textContent = meta.subtitle;
    root.append(desc);
  }
  root.append(el("rect", { x: 0, y: 0, width, height: total, fill: backgroundOf(svg) }));
  root.append(textBlock(titleLines, PAD + TITLE_SIZE, TITLE_SIZE, "700", colour));
  if (subtitleLines.length) root.append(textBlock(subtitleLines, PAD + titleH + 4 + SUBTITLE_SIZE, SUBTITLE_SIZE, "400", colour));

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  // Shapes the page keeps but does not show (map places outside the filters) stay out of the file.
  for (const hidden of clone.querySelectorAll('path[style*="display:none"], g[style*="display:none"]')) hidden.remove();
  // The drawing, nested so its own viewBox and coordinates stay as they are.
  for (const a of ["class", "transform", "role", "tabindex", "aria-hidden", "focusable"]) clone.removeAttribute(a);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(header));
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("viewBox", viewBox.map((n) => Math.round(n * 100) / 100).join(" "));
  const style = (clone.getAttribute("style") ?? "")
    .split(";")
    .filter((d) => d && !/^\s*(transform|position|left|top|width|height|display|font-family)\s*:/.test(d))
    .join(";");
  if (style) clone.setAttribute("style", style);
  else clone.removeAttribute("style");
  // Web fonts named in the page's CSS are not embedded: every text uses the system stack.
  for (const e of [clone, ...clone.querySelectorAll("*")]) {
    const s = e.getAttribute("style");
    if (s && /font-family/.test(s)) e.setAttribute("style", s.replace(/font-family:[^;]*;?/g, ""));
    e.removeAttribute("font-family");
  }
  root.append(clone);

  const footY = header + height + 8 + FOOT_SIZE;
  root.append(textBlock(sourceLines, footY, FOOT_SIZE, "400", colour));
  root.append(textBlock(creditLines, footY + sourceLines.length * FOOT_SIZE * LINE, FOOT_SIZE, "400", colour));

  // The serializer writes the SVG namespace declaration for the root (set explicitly, it
  // would be duplicated).
  let xml = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(root);
  if (!/^<svg[^>]*\sxmlns="/.test(xml)) xml = xml.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** Width and height written on an exported SVG's root, for sizing the PNG. */
export function svgSize(svgString: string): { width: number; height: number } {
  const head = svgString.slice(0, 2000);
  const w = /<svg[^>]*\swidth="([\d.]+)"/.exec(head);
  const h = /<svg[^>]*\sheight="([\d.]+)"/.exec(head);
  return { width: w ? Number(w[1]) : 800, height: h ? Number(h[1]) : 600 };
}
