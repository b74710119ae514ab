// What the audience reads for one step: where and when, the key figures each with its source
// and exact words, what was adopted, and the outcome (or the phase's summary).
import type { Figure } from "../../data/schemas";
import { useLanguage, useT } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { useSourceTitles } from "../../components/Sources";
import { Figures } from "../../components/Figures";
import { stepSummary, stepTitle, type StoryStep } from "../../selectors/story";

export function StepHeading({ step, level = 2, id }: { step: StoryStep; level?: 2 | 3; id?: string }) {
  const t = useT();
  const lang = useLanguage();
  const H = level === 2 ? "h2" : "h3";
  return (
    <header className="step__header">
      <p className="step__kind">
        {step.kind === "phase" ? t("present.kind.phase", { n: step.number }) : t("present.kind.conference", { n: step.number })}
      </p>
      <H className="step__title" id={id}>{stepTitle(step, lang)}</H>
      <p className="step__where">
        {step.place && <span className="step__city">{step.place.name}</span>}
        {step.place && " · "}
        <time className="step__date" dateTime={step.date.start}>{formatEventDate(step.date, lang)}</time>
      </p>
    </header>
  );
}

export function FigureList({ figures }: { figures: Figure[] }) {
  const t = useT();
  if (!figures.length) return null;
  return (
    <section className="step__figures" aria-label={t("present.figures")}>
      <Figures figures={figures} />
    </section>
  );
}

export function StepBody({ step, full }: { step: StoryStep; full?: boolean }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <FigureList figures={step.figures} />
      {step.adopted && (
        <p className="step__adopted">
          <span className="step__label">{t("present.adopted")}:</span> {step.adopted}
        </p>
      )}
      <p className="step__summary">{stepSummary(step, lang)}</p>
      {full && step.chair && (
        <p className="step__chair"><span className="step__label">{t("present.chair")}:</span> {step.chair}</p>
      )}
      {full && step.inferred && (
        <p className="step__inferred"><span className="step__label">{t("present.inferred")}:</span> {step.inferred}</p>
      )}
      {full && step.date.note && <p className="step__inferred">{step.date.note}</p>}
    </>
  );
}

export function StepSources({ step }: { step: StoryStep }) {
  const t = useT();
  const titles = useSourceTitles();
  return (
    <section className="step__sources">
      <h4>{t("present.sources")}</h4>
      <ul>
        {step.sources.map((r, i) => (
          <li key={i}>
            <span className="step__doc">{titles.get(r.source) ?? r.source}</span>: <q>{r.quote}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
