// Tells the host page how tall the embed is, so its iframe can fit the content: once on load
// and after every change of the body's size. Only inside a frame. No React here: a prerendered
// page starts these messages before (and whether or not) it hydrates.

// The message type alone, not the whole vocabulary: this runs before any other code loads.
import { HEIGHT_MESSAGE } from "../../domain/embed";

export { HEIGHT_MESSAGE };

/** What amp-iframe listens for to resize itself (it needs a `resizable` frame and an overflow element). */
export interface AmpSizeMessage {
  sentinel: "amp";
  type: "embed-size";
  height: number;
}

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

/** The body's own height: the document's height would never shrink below the iframe's. */
export function contentHeight(doc: Document = document): number {
  const body = doc.body;
  const cs = doc.defaultView?.getComputedStyle(body);
  const margins = cs ? (parseFloat(cs.marginTop) || 0) + (parseFloat(cs.marginBottom) || 0) : 0;
  return Math.ceil(Math.max(body.getBoundingClientRect().height, body.offsetHeight) + margins);
}

export function startHeightMessages(chart: string, win: Window = window): () => void {
  if (!win.parent || win.parent === win) return () => {};
  let last = -1;
  let frame = 0;
  const post = () => {
    frame = 0;
    const height = contentHeight(win.document);
    if (height === last) return;
    last = height;
    // Only a height and the chart name cross the frame: nothing private, so "*" is safe and
    // lets any site embed the chart.
    win.parent.postMessage({ type: HEIGHT_MESSAGE, chart, height } satisfies HeightMessage, "*");
    win.parent.postMessage({ sentinel: "amp", type: "embed-size", height } satisfies AmpSizeMessage, "*");
  };
  const schedule = () => {
    if (!frame) frame = (win.requestAnimationFrame ?? ((cb: FrameRequestCallback) => win.setTimeout(cb, 16)))(post);
  };
  post();
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const ro = typeof RO === "function" ? new RO(schedule) : null;
  ro?.observe(win.document.body);
  win.addEventListener("load", schedule);
  win.addEventListener("resize", schedule);
  return () => {
    ro?.disconnect();
    win.removeEventListener("load", schedule);
    win.removeEventListener("resize", schedule);
  };
}
