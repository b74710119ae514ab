// "How this is counted": what a chart counts, what it leaves out and how complete the sources
// are, one disclosure under every chart frame (and a notes row in its CSV). The text arrives
// when the disclosure is first opened: most readers never open it.
import { memo, useEffect, useState } from "react";
import type { Chart } from "../domain";
import { useLanguage, useT } from "../i18n";
import { loadNotes } from "../i18n/notes";
import { useDisclosure } from "./useDisclosure";

export const HowCounted = memo(function HowCounted({ chart }: { chart: Chart }) {
  const t = useT();
  const lang = useLanguage();
  const [text, setText] = useState<{ lang: string; text: string }>();
  const { ref, open, onToggle } = useDisclosure();
  const wanted = open && chart !== "membership" && text?.lang !== lang;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadNotes(lang).then((n) => live && setText({ lang, text: n[chart] }));
    return () => {
      live = false;
    };
  }, [wanted, lang, chart]);
  if (chart === "membership") return null;
  return (
    <details ref={ref} className="how-counted" onToggle={onToggle}>
      <summary>{t("howCounted.label")}</summary>
      <p>{text?.lang === lang ? text.text : t("status.loading")}</p>
    </details>
  );
});
