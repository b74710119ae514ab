// What the audience reads for one step: where and when, the key figures each with its source
// and exact words, what was adopted, and the outcome (or the phase's summary).
import type { Figure } from "../../data/schemas";
import { useLanguage, useT } from "../../i18n";
import { figureLabel, formatEventDate, formatFigureValue } from "../../i18n/format";
import { useSourceTitles } from "../../components/Sources";
import { Figures } from "../../components/Figures";
import { STAGE_FIGURES, stepSummary, stepTitle, type StoryStep } from "../../selectors/story";

/** A document's title short enough for one line under a figure on the stage: up to its
 *  subtitle or bracket ("Celebrating 30 Years of Progress", "30 Years Anniversary of the
 *  Budapest Process"); the full title and the quote are in the speaker view and the handout. */
export function shortSourceTitle(title: string): string {
  return title.split(/ \(|: /)[0];
}

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

/** The stage's figures: at most three, large, each with a short source label. */
export function StageFigures({ figures }: { figures: Figure[] }) {
  const t = useT();
  const lang = useLanguage();
  const titles = useSourceTitles();
  if (!figures.length) return null;
  const more = figures.length - STAGE_FIGURES;
  return (
    <section className="step__figures" aria-label={t("present.figures")}>
      <ul className="figures">
        {figures.slice(0, STAGE_FIGURES).map((f, i) => (
          <li key={i} className="figure">
            <strong className="figure__value">{formatFigureValue(f, lang, t("figure.over"), t("figure.about"))}</strong>{" "}
            <span className="figure__label">{figureLabel(f, lang, (k) => t(`figure.kind.${k}`))}</span>
            <span className="figure__source">{t("present.source", { doc: shortSourceTitle(titles.get(f.source) ?? f.source) })}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="step__more">{t("present.moreFigures", { n: more })}</p>}
    </section>
  );
}

export function StepBody({ step, full }: { step: StoryStep; full?: boolean }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      {full ? <FigureList figures={step.figures} /> : <StageFigures figures={step.figures} />}
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
