// The speaker view (S, or "Speaker view"): the current step's full notes with every figure and
// its source, a preview of the next slide, a clock and an elapsed timer. It shares the step with
// the stage over the BroadcastChannel and answers the same keys, so either window can drive.
import { useEffect, useState } from "react";
import { useLanguage, useT } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { stepTitle } from "../../selectors/story";
import { StepBody, StepHeading, StepSources, StageFigures } from "./StepContent";
import { Controls } from "./Controls";
import type { PresenterControls } from "./useControls";
import type { Slide } from "./storyParams";

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  return h ? `${h}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

function NextPreview({ slide }: { slide: Slide | undefined }) {
  const t = useT();
  const lang = useLanguage();
  if (!slide) return <p className="notes__next-title">{t("present.notes.end")}</p>;
  if (slide.kind !== "step") return <p className="notes__next-title">{slide.text}</p>;
  const s = slide.step;
  return (
    <div className="notes__preview" aria-label={t("present.notes.next")}>
      <p className="notes__next-title">
        {stepTitle(s, lang)}
        <br />
        <span className="step__date">{s.place ? `${s.place.name} · ` : ""}{formatEventDate(s.date, lang)}</span>
      </p>
      <StageFigures figures={s.figures} />
    </div>
  );
}

export function Notes({ slides, c }: { slides: Slide[]; c: PresenterControls }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  const [started, setStarted] = useState(() => Date.now());
  const current = slides[c.step - 1];
  useEffect(() => {
    document.title = `${t("present.notes.title")} · ${t("app.title")}`;
  }, [t]);
  return (
    <main className="presenter presenter--notes" aria-label={t("present.notes.title")}>
      <header className="notes__bar">
        <h1 className="notes__heading">{t("present.notes.title")}</h1>
        <p className="notes__clock"><span className="step__label">{t("present.notes.clock")}</span>{" "}
          <time>{new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(now)}</time>
        </p>
        <p className="notes__elapsed"><span className="step__label">{t("present.notes.elapsed")}</span>{" "}
          <span className="notes__timer" role="timer">{formatElapsed(now - started)}</span>{" "}
          <button type="button" onClick={() => setStarted(Date.now())}>{t("present.notes.reset")}</button>
        </p>
      </header>
      <div className="notes__grid">
        <section className="notes__now" aria-live="polite" aria-label={t("present.notes.now")}>
          <p className="notes__heading">{t("present.notes.now")}</p>
          {current?.kind === "step" && (
            <>
              <StepHeading step={current.step} />
              <StepBody step={current.step} full />
              <StepSources step={current.step} />
            </>
          )}
          {current && current.kind !== "step" && <h2 className="step__title">{current.text}</h2>}
        </section>
        <aside className="notes__next">
          <p className="notes__heading">{t("present.notes.next")}</p>
          <NextPreview slide={slides[c.step]} />
        </aside>
      </div>
      <Controls c={c} notes />
    </main>
  );
}
