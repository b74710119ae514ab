// "Share": a <dialog> with the link to the current view and the code to embed one chart of it
// (an iframe plus the few lines of host-page script that size the iframe to its content).
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore, urlStateOf } from "../state/store";
import type { Chart } from "../domain";
import { useT } from "../i18n";
import { embedUrl, iframeSnippet, resizeScript } from "../state/links";
import { explorerUrl } from "../state/explorerLinks";

export const SHARE_CHARTS = ["map", "timeline", "membership"] as const satisfies readonly Chart[];
export type ShareChart = (typeof SHARE_CHARTS)[number];

/** Copies text; where the Clipboard API is missing or refused, selects the field instead. */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to selection */
  }
  if (field) {
    field.focus();
    field.select();
    try {
      return document.execCommand?.("copy") ?? false;
    } catch {
      return false;
    }
  }
  return false;
}

function CopyField({ label, value, rows = 1 }: { label: string; value: string; rows?: number }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => setStatus((await copyText(value, field.current)) ? "copied" : "failed");
  return (
    <div className="share__field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={rows} value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={copy}>{t("share.copy")}</button>
      <span className="share__status" role="status">
        {status === "copied" ? t("share.copied") : status === "failed" ? t("share.copyFailed") : ""}
      </span>
    </div>
  );
}

export function ShareDialog({ dialogRef, onClose }: { dialogRef: RefObject<HTMLDialogElement | null>; onClose: () => void }) {
  const t = useT();
  // Opens as a modal as soon as it is in the DOM: it mounts only when asked for.
  useEffect(() => {
    const d = dialogRef.current;
    if (!d || d.open) return;
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
  }, [dialogRef]);
  const state = useAtlasStore(useShallow(urlStateOf));
  const [chart, setChart] = useState<ShareChart>(() => (SHARE_CHARTS as readonly string[]).includes(state.chart) ? (state.chart as ShareChart) : "map");
  const titleId = useId();
  const href = window.location.href;
  const link = explorerUrl(state, href);
  const src = embedUrl(state, chart, href);
  const snippet = iframeSnippet(src, chart, `${t(`embed.title.${chart}`)} · ${t("app.title")}`);
  const script = resizeScript(new URL(href).origin);
  return (
    <dialog ref={dialogRef} className="share" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t("share.title")}</h2>
      <CopyField label={t("share.link")} value={link} rows={2} />
      <fieldset className="share__embed">
        <legend>{t("share.embed")}</legend>
        <label>
          {t("share.chart")}{" "}
          <select value={chart} onChange={(e) => setChart(e.target.value as ShareChart)}>
            {SHARE_CHARTS.map((c) => <option key={c} value={c}>{t(`share.chart.${c}`)}</option>)}
          </select>
        </label>
        <CopyField label={t("share.iframe")} value={snippet} rows={4} />
        <CopyField label={t("share.script")} value={script} rows={9} />
        <p className="share__hint">{t("share.scriptHint")}</p>
      </fieldset>
      <button type="button" className="share__close" onClick={() => {
        const d = dialogRef.current;
        if (d && typeof d.close === "function") d.close();
        else onClose();
      }}>{t("share.close")}</button>
    </dialog>
  );
}

export default ShareDialog;
