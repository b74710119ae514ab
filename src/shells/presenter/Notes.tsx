// The presenter's own window (S, or "Open presenter view"): the current step's full notes
// and sources, the next step's title, a clock and an elapsed timer. It shares the step with
// the stage over the BroadcastChannel and answers the same keys, so either window can drive.
import { useEffect, useState } from "react";
import { useLanguage, useT } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { stepTitle, type StoryStep } from "../../selectors/story";
import { StepBody, StepHeading, StepSources } from "./StepContent";
import { Controls } from "./Controls";
import type { usePresenterControls } from "./useControls";

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

export function Notes({ steps, c }: { steps: StoryStep[]; c: ReturnType<typeof usePresenterControls> }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  const [started, setStarted] = useState(() => Date.now());
  const current = steps[c.step - 1];
  const next = steps[c.step];
  useEffect(() => {
    document.title = `${t("present.notes.title")} · ${t("app.title")}`;
  }, [t]);
  return (
    <main className="presenter presenter--notes">
      <header className="notes__bar">
        <p className="notes__clock"><span className="step__label">{t("present.notes.clock")}</span>{" "}
          <time>{new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(now)}</time>
        </p>
        <p className="notes__elapsed"><span className="step__label">{t("present.notes.elapsed")}</span>{" "}
          <span className="notes__timer" role="timer">{formatElapsed(now - started)}</span>{" "}
          <button type="button" onClick={() => setStarted(Date.now())}>{t("present.notes.reset")}</button>
        </p>
      </header>
      <div className="notes__grid">
        <section className="notes__now" aria-live="polite">
          <p className="notes__heading">{t("present.notes.now")}</p>
          {current && (
            <>
              <StepHeading step={current} />
              <StepBody step={current} full />
              <StepSources step={current} />
            </>
          )}
        </section>
        <aside className="notes__next">
          <p className="notes__heading">{t("present.notes.next")}</p>
          {next ? (
            <p className="notes__next-title">
              {stepTitle(next, lang)}
              <br />
              <span className="step__date">{next.place ? `${next.place.name} · ` : ""}{formatEventDate(next.date, lang)}</span>
            </p>
          ) : (
            <p className="notes__next-title">{t("present.notes.end")}</p>
          )}
        </aside>
      </div>
      <Controls c={c} notes />
    </main>
  );
}
