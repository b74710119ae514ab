// The explorer's data section: the whole dataset as one zip, and the list of disagreements
// between the sources. The list's code loads when it is opened, or when the address names one
// of its entries (#conflict-…), so the explorer's first load does not pay for it.
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import { useT } from "../../i18n";

const ConflictList = lazy(() => import("./ConflictList"));
export const DATA_ZIP = "data/budapest-process-atlas-data.zip";

export function DataSection() {
  const t = useT();
  const [hash, setHash] = useState("");
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // On a page drawn at build time the reader may have opened it before its script ran.
    if (details.current?.open) setOpen(true);
    const follow = () => {
      setHash(location.hash);
      if (location.hash.startsWith("#conflict-")) setOpen(true);
    };
    follow();
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return (
    <section id="data" className="view data-section" aria-labelledby="data-title">
      <h2 id="data-title" className="view__title">{t("data.title")}</h2>
      <p><a href={DATA_ZIP} download>{t("data.download")}</a></p>
      <details ref={details} className="conflicts" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary><h3 className="conflicts__title">{t("conflicts.title")}</h3></summary>
        {open && (
          <Suspense fallback={null}>
            <ConflictList hash={hash} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
