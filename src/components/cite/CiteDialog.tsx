// The citation of one chart in a modal <dialog>: the view's URL, an APA-like text and a BibTeX
// entry, each with a copy button. Esc and the Close button close it; focus returns to the opener.
import { useEffect, useId, useRef } from "react";
import { useT } from "../../i18n";
import { useDatasets } from "../../data/useDatasets";
import { CopyField } from "../ShareDialog";
import { apaCitation, bibtexCitation } from "./citation";

const SOURCES = ["sources"] as const;

export default function CiteDialog({ chart, title, url, onClose }: { chart: string; title: string; url: string; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const loaded = useDatasets(SOURCES);
  useEffect(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
  }, []);
  const sources = loaded.status === "ready" ? loaded.data.sources : [];
  const input = { site: t("app.title"), title, chart, url, sources };
  return (
    <dialog ref={dialog} className="share cite" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t("cite.title", { title })}</h2>
      <CopyField label={t("cite.url")} value={url} rows={2} />
      <CopyField label={t("cite.text")} value={apaCitation(input)} rows={5} />
      <CopyField label={t("cite.bibtex")} value={bibtexCitation(input)} rows={7} />
      {/* A dialog-method form closes its dialog natively, which fires onClose. */}
      <form method="dialog">
        <button className="share__close">{t("share.close")}</button>
      </form>
    </dialog>
  );
}
