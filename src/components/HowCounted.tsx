// "How this is counted": what a chart counts, what it leaves out and how complete the sources
// are, one disclosure under every chart frame (and a notes row in its CSV). The text arrives
// when the disclosure is first opened: most readers never open it.
import { memo, useState } from "react";
import type { Chart } from "../domain";
import { useLanguage, useT } from "../i18n";
import { loadNotes } from "../i18n/notes";

export const HowCounted = memo(function HowCounted({ chart }: { chart: Chart }) {
  const t = useT();
  const lang = useLanguage();
  const [text, setText] = useState<{ lang: string; text: string }>();
  if (chart === "membership") return null;
  const onToggle = (open: boolean) => {
    if (open && text?.lang !== lang) void loadNotes(lang).then((n) => setText({ lang, text: n[chart] }));
  };
  return (
    <details className="how-counted" onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{t("howCounted.label")}</summary>
      <p>{text?.lang === lang ? text.text : t("status.loading")}</p>
    </details>
  );
});
