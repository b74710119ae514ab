// The overview (O or Esc): every step of the story as a grid. Arrow keys move between steps,
// Enter goes to one. A box beside each step chooses it for a story of the presenter's own; the
// link to that story (steps=…, with this story's title and closing line) can be copied.
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useLanguage, useT } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { stepTitle, type StoryStep } from "../../selectors/story";
import { Modal } from "./Modal";
import { formatStepList, type Slide, type StoryParams } from "./storyParams";
import { presenterUrl } from "./presenterUrl";

const COLUMNS = 4;

export function Overview({ story, slides, params, current, onPick, onClose }: {
  story: StoryStep[];
  slides: Slide[];
  params: StoryParams;
  current: number;
  onPick: (slide: number) => void;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLanguage();
  // The chosen steps in their order: this story's own, then any added, by number.
  const [chosen, setChosen] = useState<number[]>(() => slides.flatMap((s) => (s.kind === "step" ? [s.number] : [])));
  const [copied, setCopied] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const currentButton = useRef<HTMLButtonElement | null>(null);
  const link = useMemo(() => {
    const all = chosen.length === story.length && chosen.every((n, i) => n === i + 1);
    return presenterUrl({ steps: all ? null : formatStepList(chosen), title: params.title, end: params.end }, 1);
  }, [chosen, story.length, params]);
  const slideOf = new Map(slides.map((s, i) => [s.id, i + 1]));
  const toggle = (n: number) => {
    setCopied(false);
    setChosen((c) => (c.includes(n) ? c.filter((x) => x !== n) : [...c, n]));
  };
  const copy = () => {
    void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
  };
  // Arrow keys move focus across the grid's step buttons, as in reveal.js's overview.
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const move = ({ ArrowLeft: -1, ArrowRight: 1, ArrowUp: -COLUMNS, ArrowDown: COLUMNS } as Record<string, number>)[e.key];
    if (move === undefined) return;
    const list = buttons.current.filter((b): b is HTMLButtonElement => b !== null && !b.disabled);
    const i = list.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    list[Math.min(list.length - 1, Math.max(0, i + move))]?.focus();
    e.preventDefault();
  };
  return (
    <Modal className="presenter__dialog overview" labelledBy="overview-title" onClose={onClose} initialFocus={currentButton}>
      <h2 id="overview-title">{t("present.overview")}</h2>
      <ol className="overview__grid" onKeyDown={onKeyDown}>
        {story.map((s, i) => {
          const n = i + 1;
          const slide = slideOf.get(s.id);
          return (
            <li key={s.id} className="overview__item" data-current={slide === current || undefined}>
              <button
                type="button"
                className="overview__go"
                ref={(el) => {
                  buttons.current[i] = el;
                  if (slide === current) currentButton.current = el;
                }}
                disabled={slide === undefined}
                aria-current={slide === current ? "step" : undefined}
                onClick={() => slide !== undefined && onPick(slide)}
              >
                <span className="overview__number">{n}</span> {stepTitle(s, lang)}
                <span className="overview__date">{s.place ? `${s.place.name} · ` : ""}{formatEventDate(s.date, lang)}</span>
              </button>
              <label className="overview__choose">
                <input type="checkbox" checked={chosen.includes(n)} onChange={() => toggle(n)} />
                {t("present.overview.include", { n })}
              </label>
            </li>
          );
        })}
      </ol>
      <div className="overview__link">
        <label>
          {t("present.overview.link")}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={copy} disabled={chosen.length === 0}>{t("present.overview.copy")}</button>
        <span role="status">{copied ? t("present.overview.copied") : ""}</span>
        <button type="button" onClick={onClose}>{t("present.close")}</button>
      </div>
    </Modal>
  );
}
