// The printable chronology: every phase and ministerial conference in order with its figures
// and sources. Hidden on screen, shown by @media print (presenter.css), in the presenter and
// in the explorer alike.
import { memo } from "react";
import { useT } from "../../i18n";
import { useStory } from "./useStory";
import { StepBody, StepHeading, StepSources } from "./StepContent";
import "./presenter.css";

// Memoised, without props: the shells re-render on every step or filter change, the handout not.
export const Chronology = memo(function Chronology() {
  const t = useT();
  const { steps } = useStory();
  if (!steps) return null;
  return (
    <section className="chronology" aria-labelledby="chronology-title">
      <h2 id="chronology-title">{t("present.chronology.title")}</h2>
      <p>{t("present.chronology.intro")}</p>
      <ol className="chronology__list">
        {steps.map((s) => (
          <li key={s.id} className={`chronology__item chronology__item--${s.kind}`}>
            <StepHeading step={s} level={3} />
            <StepBody step={s} full />
            <StepSources step={s} />
          </li>
        ))}
      </ol>
    </section>
  );
});

export default Chronology;
