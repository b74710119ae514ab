// The citation of one chart in a modal <dialog>: the view's URL, an APA-like text and a BibTeX
// entry, each in a read-only field with a copy button. Esc and Close close it; focus returns to
// the opener. Loads on first use, with its strings.
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../../i18n";
import "../../i18n/cite";
import { useDatasets } from "../../data/useDatasets";
import { apaCitation, bibtexCitation } from "./citation";

const SOURCES = ["sources"] as const;

/** Copies a field's text; where the Clipboard API is refused, leaves it selected for Ctrl+C. */
async function copy(field: HTMLTextAreaElement): Promise<boolean> {
  field.select();
  return navigator.clipboard?.writeText(field.value).then(() => true, () => false) ?? false;
}

function Field({ label, value, rows, onCopied }: { label: string; value: string; rows: number; onCopied: (ok: boolean) => void }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="share__field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={ref} readOnly rows={rows} value={value} spellCheck={false} />
      <button type="button" onClick={async () => ref.current && onCopied(await copy(ref.current))}>{t("share.copy")}</button>
    </div>
  );
}

export default function CiteDialog({ chart, title, url, onClose }: { chart: string; title: string; url: string; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const loaded = useDatasets(SOURCES);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.() ?? d.setAttribute("open", "");
  }, []);
  const sources = loaded.status === "ready" ? loaded.data.sources : [];
  const input = { site: t("app.title"), title, chart, url, sources };
  return (
    <dialog ref={dialog} className="share cite" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t("cite.title", { title })}</h2>
      <Field label={t("cite.url")} value={url} rows={2} onCopied={setCopied} />
      <Field label={t("cite.text")} value={apaCitation(input)} rows={5} onCopied={setCopied} />
      <Field label={t("cite.bibtex")} value={bibtexCitation(input)} rows={7} onCopied={setCopied} />
      <p className="share__status" role="status">{copied === null ? "" : t(copied ? "share.copied" : "share.copyFailed")}</p>
      {/* A dialog-method form closes its dialog natively, which fires onClose. */}
      <form method="dialog">
        <button className="share__close">{t("share.close")}</button>
      </form>
    </dialog>
  );
}
