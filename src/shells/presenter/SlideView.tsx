// What the stage shows for one slide: the step's text beside the map and the growth chart, or
// the presenter's title or closing line beside the map of every meeting place. The visuals stay
// mounted from the first slide on, so their code and data are loaded before the talk moves on.
import { lazy, useState, type ReactNode } from "react";
import { LazyView } from "../../components/LazyView";
import { useT } from "../../i18n";
import { StepBody, StepHeading } from "./StepContent";
import type { Slide } from "./storyParams";

// Lazy: the stage's text shows while the map's and chart's code arrive.
export const loadStageMap = () => import("./StageMap");
export const loadGrowthChart = () => import("./StageGrowth");
const StageMap = lazy(loadStageMap);
const StageGrowth = lazy(loadGrowthChart);

/** Logical pixels on the 1920×1080 canvas (Canvas.tsx); the map is a fixed share of it. */
const MAP_HEIGHT = 340;

function SlideText({ slide, enter }: { slide: Slide; enter: boolean }) {
  const className = enter ? "presenter__text presenter__text--enter" : "presenter__text";
  if (slide.kind !== "step") {
    return (
      <section className={`${className} presenter__text--${slide.kind}`} key={slide.id} aria-live="polite" aria-atomic="true">
        <h2 className="step__title step__title--slide">{slide.text}</h2>
      </section>
    );
  }
  return (
    <section className={className} key={slide.id} aria-live="polite" aria-atomic="true">
      <StepHeading step={slide.step} />
      <StepBody step={slide.step} />
    </section>
  );
}

/** `live`: the map and the growth chart are drawn in their boxes; until then the boxes stand
 *  empty at their size, so the slide's text is painted without waiting for their code and data
 *  (Presenter sets it once the text has painted) and nothing moves when they fill in. */
export function SlideView({ slide, mapHeight = MAP_HEIGHT, live = true }: { slide: Slide; mapHeight?: number; live?: boolean }) {
  const t = useT();
  // A slide the talk moves to fades in; the one the page opens on is there at once, as the
  // page itself is its entrance (and a fade from nothing would hold back its first paint).
  const [first] = useState(slide.id);
  const [moved, setMoved] = useState(false);
  if (!moved && slide.id !== first) setMoved(true);
  const visual = (className: string, label: string, view: ReactNode, minHeight?: number) => (
    <div className={className} aria-label={label} role="group" style={minHeight ? { minHeight } : undefined}>
      {live && <LazyView>{view}</LazyView>}
    </div>
  );
  return (
    <div className="presenter__stage" data-kind={slide.kind === "step" ? slide.step.kind : slide.kind}>
      <SlideText slide={slide} enter={moved || slide.id !== first} />
      <div className="presenter__visuals">
        {/* The map's box has its height before its code and data arrive, so the growth chart
            under it, where the stage flows as a page, does not move when it draws. */}
        {visual("presenter__map", t("present.map"), <StageMap step={slide.kind === "step" ? slide.step : null} height={mapHeight} />, mapHeight)}
        {visual("presenter__growth", t("present.growth"), <StageGrowth year={slide.kind === "step" ? slide.step.endYear : null} />)}
      </div>
    </div>
  );
}
