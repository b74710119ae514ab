// The timeline on stage: 1991–2024 with every phase as a band and every ministerial conference
// as a mark, always in view under the slide. The current step is highlighted (aria-current),
// the axis fills up to it (how far the talk has come), and a mark is a button that jumps to its
// step. Steps left out of this presenter's story stay drawn, greyed, and cannot be picked.
import { scaleLinear } from "d3-scale";
import { useLanguage, useT } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { FIRST_YEAR, LAST_YEAR } from "../../state/urlState";
import { stepTitle, type StoryStep } from "../../selectors/story";
import { timeOf } from "../../selectors/events";
import type { Slide } from "./storyParams";

const WIDTH = 1824;
const x = scaleLinear().domain([FIRST_YEAR, LAST_YEAR + 1]).range([0, WIDTH]);
/** Where a step sits on the axis, in years: a phase at its start, a conference at its date. */
const yearOf = (s: StoryStep) => (s.kind === "phase" ? s.year : timeOf(s.date));

export function StageTimeline({ story, slides, current, onPick }: {
  story: StoryStep[];
  slides: Slide[];
  /** The slide on stage. */
  current: Slide | undefined;
  onPick: (slideIndex: number) => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const slideOf = new Map(slides.map((s, i) => [s.id, i]));
  const lastEnd = Math.max(...story.filter((s) => s.kind === "phase").map((s) => s.endYear));
  const at = current?.kind === "step" ? yearOf(current.step) : current?.kind === "end" ? LAST_YEAR + 1 : FIRST_YEAR;
  const mark = (s: StoryStep, label: string, style: Record<string, number | string>, className: string) => {
    const index = slideOf.get(s.id);
    const isCurrent = current?.id === s.id;
    return (
      <button
        key={s.id}
        type="button"
        className={`strip__mark ${className}`}
        style={style}
        disabled={index === undefined}
        aria-current={isCurrent ? "step" : undefined}
        aria-label={`${label}: ${stepTitle(s, lang)}, ${formatEventDate(s.date, lang)}`}
        onClick={() => index !== undefined && onPick(index + 1)}
      >
        {label}
      </button>
    );
  };
  const conferences = story.filter((s) => s.kind === "conference");
  return (
    <nav className="strip" aria-label={t("present.strip")} data-at={at}>
      <div className="strip__phases">
        {story.filter((s) => s.kind === "phase").map((s) => {
          const left = x(s.year);
          const right = x(s.endYear === lastEnd ? s.endYear + 1 : s.endYear);
          return mark(s, t("present.kind.phaseShort", { n: s.number }), { left, width: right - left }, "strip__phase");
        })}
      </div>
      <div className="strip__axis" aria-hidden="true">
        <div className="strip__progress" style={{ width: Math.max(0, x(at)) }} />
      </div>
      <div className="strip__conferences">
        {conferences.map((s, i) => {
          const cx = x(yearOf(s));
          const edge = cx < 90 ? "start" : cx > WIDTH - 90 ? "end" : "middle";
          return mark(s, `${s.place?.name ?? ""} ${s.year}`.trim(), { left: cx, top: i % 2 ? 44 : 4 }, `strip__conference strip__conference--${edge}`);
        })}
      </div>
    </nav>
  );
}

