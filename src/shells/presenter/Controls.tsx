// The on-screen controls: previous/next, "3 / 12" and a progress bar, autoplay (A) with its
// interval, the overview, the speaker view, key help and full screen. They sit in a band of the
// stage kept for them, so they never cover the slide, and fade out after a few seconds without
// the pointer moving; a pointer move or focus (Tab) brings them back. Print hides them.
import { useLanguage, useT } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import { AUTOPLAY_INTERVALS } from "./keys";
import { openNotesWindow } from "./presenterUrl";
import { toggleFullscreen, type PresenterControls } from "./useControls";
import { useIdle } from "./useIdle";

export function Progress({ c }: { c: PresenterControls }) {
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

export function Controls({ c, notes }: { c: PresenterControls; notes?: boolean }) {
  const t = useT();
  const { idle, wake } = useIdle();
  return (
    <nav className="presenter__controls" aria-label={t("present.controls")} data-idle={(!notes && idle) || undefined} onFocus={wake}>
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
          <select value={c.interval} onChange={(e) => c.setInterval(Number(e.target.value))}>
            {AUTOPLAY_INTERVALS.map((s) => <option key={s} value={s}>{t("present.seconds", { n: s })}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => c.setOverview(true)} aria-haspopup="dialog">{t("present.overview")}</button>
        {!notes && <button type="button" onClick={() => openNotesWindow()}>{t("present.openNotes")}</button>}
        <button type="button" onClick={() => c.setHelp(true)} aria-haspopup="dialog">{t("present.helpButton")}</button>
        {!notes && <button type="button" onClick={() => toggleFullscreen()}>{t("present.fullscreen")}</button>}
      </div>
    </nav>
  );
}
