// The timeline on stage: the explorer's timeline in its strip variant (1991–2024, every phase
// and ministerial conference), always in view under the slide. The current step is highlighted
// and the axis fills up to it; a mark jumps to its step. Steps left out of this presenter's
// story stay drawn and do nothing when picked.
import { lazy } from "react";
import { LazyView } from "../../components/LazyView";
import { useT } from "../../i18n";
import { LAST_YEAR } from "../../state/urlState";
import type { Slide } from "./storyParams";

export const loadStrip = () => import("../../views/timeline/TimelineStrip");
const TimelineStrip = lazy(loadStrip);

/** Canvas pixels: the strip's labels are read from the back of the room; its phase names are set
 *  at this size too, and shortened to fit their bands at it. */
const STRIP_TYPE = 24;

/** `live`: the strip is drawn; until then its band stands empty (see SlideView). */
export function StageTimeline({ slides, current, onPick, live = true }: { slides: Slide[]; current: Slide | undefined; onPick: (slide: number) => void; live?: boolean }) {
  const t = useT();
  const highlight = current?.kind === "step" ? current.id : current?.kind === "end" ? LAST_YEAR : null;
  const pick = (id: string) => {
    const i = slides.findIndex((s) => s.id === id);
    if (i >= 0) onPick(i + 1);
  };
  return (
    <nav className="strip" aria-label={t("present.strip")}>
      {live && (
        <LazyView loading={null}>
          <TimelineStrip highlight={highlight} onSelect={pick} fontSize={STRIP_TYPE} width={1824} />
        </LazyView>
      )}
    </nav>
  );
}
