// The on-screen controls: previous/next buttons, "3 / 12" and a progress bar, autoplay with
// its interval, the presenter view, key help and full screen. Every control is a real button
// (or select) reachable by Tab; print hides the bar.
import { useLanguage, useT } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import { AUTOPLAY_INTERVALS } from "./keys";
import { openNotesWindow } from "./sync";
import { toggleFullscreen, type usePresenterControls } from "./useControls";

type Controls = ReturnType<typeof usePresenterControls>;

export function Progress({ c }: { c: Controls }) {
  const t = useT();
  const lang = useLanguage();
  const pct = c.total ? (c.step / c.total) * 100 : 0;
  return (
    <div className="presenter__progress-wrap">
      <span className="presenter__counter" aria-label={t("present.counterLong", { n: c.step, total: c.total })}>
        {t("present.counter", { n: formatNumber(c.step, lang), total: formatNumber(c.total, lang) })}
      </span>
      <div
        className="presenter__progress"
        role="progressbar"
        aria-label={t("present.progress")}
        aria-valuemin={1}
        aria-valuemax={c.total}
        aria-valuenow={c.step}
        aria-valuetext={t("present.counterLong", { n: c.step, total: c.total })}
      >
        <div className="presenter__progress-bar" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function Controls({ c, notes }: { c: Controls; notes?: boolean }) {
  const t = useT();
  return (
    <nav className="presenter__controls" aria-label={t("present.label")}>
      <button type="button" className="presenter__nav" onClick={c.prev} disabled={c.step <= 1}>
        <span aria-hidden="true">← </span>{t("present.prev")}
      </button>
      <Progress c={c} />
      <button type="button" className="presenter__nav" onClick={c.next} disabled={c.step >= c.total}>
        {t("present.next")}<span aria-hidden="true"> →</span>
      </button>
      <div className="presenter__tools">
        <button type="button" onClick={() => c.setPlaying(!c.playing)} aria-pressed={c.playing}>
          {c.playing ? t("present.pause") : t("present.play")}
        </button>
        <label className="presenter__interval">
          <span className="presenter__sr">{t("present.interval")}</span>
          <select value={c.interval} onChange={(e) => c.setInterval(Number(e.target.value))} aria-label={t("present.interval")}>
            {AUTOPLAY_INTERVALS.map((s) => <option key={s} value={s}>{t("present.seconds", { n: s })}</option>)}
          </select>
        </label>
        {!notes && <button type="button" onClick={() => openNotesWindow()}>{t("present.openNotes")}</button>}
        <button type="button" onClick={() => c.setHelp(true)} aria-haspopup="dialog">{t("present.helpButton")} (?)</button>
        {!notes && <button type="button" onClick={() => toggleFullscreen()}>{t("present.fullscreen")}</button>}
      </div>
    </nav>
  );
}
