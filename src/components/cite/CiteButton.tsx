// "Cite this" on every chart: a small button; the dialog and the citation formatting load on
// first use, so charts pay only for the button.
import { Suspense, lazy, memo, useContext, useRef, useState } from "react";
import { useT } from "../../i18n";
import { ViewUrl } from "./viewUrl";

const CiteDialog = lazy(() => import("./CiteDialog"));

export const CiteButton = memo(function CiteButton({ chart, title }: { chart: string; title: string }) {
  const t = useT();
  const viewUrl = useContext(ViewUrl);
  const opener = useRef<HTMLButtonElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <button type="button" ref={opener} className="cite-button" aria-haspopup="dialog" onClick={() => setUrl(viewUrl())}>
        {t("cite.button")}
      </button>
      {url !== null && (
        <Suspense fallback={null}>
          <CiteDialog chart={chart} title={title} url={url} onClose={() => { setUrl(null); opener.current?.focus(); }} />
        </Suspense>
      )}
    </>
  );
});
