// The explorer's data section: the whole dataset as one zip, and the list of disagreements
// between the sources. The list's code loads when it is opened, or when the address names one
// of its entries (#conflict-…), so the explorer's first load does not pay for it.
import { Suspense, lazy, useEffect, useState } from "react";
import { useT } from "../../i18n";
import { useDisclosure } from "../useDisclosure";

const ConflictList = lazy(() => import("./ConflictList"));
export const DATA_ZIP = "data/budapest-process-atlas-data.zip";

export function DataSection() {
  const t = useT();
  const [hash, setHash] = useState("");
  const { ref, open, setOpen, onToggle } = useDisclosure();
  useEffect(() => {
    const follow = () => {
      setHash(location.hash);
      if (location.hash.startsWith("#conflict-")) setOpen(true);
    };
    follow();
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, [setOpen]);
  return (
    <section id="data" className="view data-section" aria-labelledby="data-title">
      <h2 id="data-title" className="view__title">{t("data.title")}</h2>
      <p><a href={DATA_ZIP} download>{t("data.download")}</a></p>
      <details ref={ref} className="conflicts" open={open} onToggle={onToggle}>
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
