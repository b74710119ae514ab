// The figures stated for an event, each with the document that states it and its exact words.
// Where the documents disagree every value is listed with its own source.
import type { Figure } from "../data/schemas";
import { useLanguage, useT } from "../i18n";
import { figureLabel, formatFigureValue } from "../i18n/format";
import { useSourceTitles } from "./Sources";

export function Figures({ figures, className }: { figures: readonly Figure[]; className?: string }) {
  const t = useT();
  const lang = useLanguage();
  const titles = useSourceTitles();
  if (!figures.length) return null;
  return (
    <ul className={className ? `figures ${className}` : "figures"}>
      {figures.map((f, i) => (
        <li key={i} className="figure">
          <strong className="figure__value">{formatFigureValue(f, lang, t("figure.over"), t("figure.about"))}</strong>{" "}
          <span className="figure__label">{figureLabel(f, lang, (k) => t(`figure.kind.${k}`))}</span>
          <span className="figure__cite"> — {titles.get(f.source) ?? f.source}: <q>{f.quote}</q></span>
        </li>
      ))}
    </ul>
  );
}
