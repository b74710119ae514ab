// The presenter (mode=present): a full-screen stage that walks through the phases and
// ministerial conferences one step at a time, for a projector and a clicker. It owns its state:
// the step (URL step=N, so a reload resumes), its story (steps, title, end; storyParams.ts) and
// what each step shows, which it hands to the views as props; it never changes the explorer's
// filters. A second window (view=notes) is the speaker view, kept in step over a BroadcastChannel.
import { useEffect, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useLanguage, useT } from "../i18n";
import { LoadStatus } from "../components/StatusPanel";
import { stepTitle } from "../selectors/story";
import { useSlides } from "./presenter/useStory";
import { useDatasets } from "../data/useDatasets";
import { usePresenterControls } from "./presenter/useControls";
import { useStepSync } from "./presenter/sync";
import { isNotesView, keepPresenterParams } from "./presenter/presenterUrl";
import { preloadPresenter } from "./presenter/preload";
import { usePainted } from "./presenter/usePainted";
import { SlideView } from "./presenter/SlideView";
import { Controls } from "./presenter/Controls";
import { KeyHelp } from "./presenter/KeyHelp";
import { Overview } from "./presenter/Overview";
import { Notes } from "./presenter/Notes";
import { Chronology } from "./presenter/Chronology";
import { StageTimeline } from "./presenter/StageTimeline";
import { Canvas, useStageScale } from "./presenter/Canvas";
import type { PresenterControls } from "./presenter/useControls";
import "./presenter/presenter.css";

const SOURCE_TITLES = ["sources"] as const;

/** Typed step number, black-out or white-out, key help and overview: above the stage. */
function Overlays({ c, children }: { c: PresenterControls; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      {c.typing && (
        <div className="presenter__digits" role="status" aria-live="assertive">
          {c.typing.goto ? `${t("present.goto")} ${c.typing.digits}` : c.typing.digits}
        </div>
      )}
      {c.screen && (
        <div className={`presenter__screen presenter__screen--${c.screen}`} role="status" onClick={() => c.setScreen(null)}>
          <span className="presenter__sr">{t(c.screen === "black" ? "present.blackout" : "present.whiteout")}</span>
        </div>
      )}
      {c.help && <KeyHelp onClose={() => c.setHelp(false)} />}
      {children}
    </>
  );
}

export default function Presenter() {
  const t = useT();
  const lang = useLanguage();
  const client = useQueryClient();
  const [notesView] = useState(isNotesView);
  const { loaded, steps: story, slides, params } = useSlides();
  const total = slides?.length ?? 0;
  const c = usePresenterControls(total);
  const scale = useStageScale();
  const current = slides?.[c.step - 1];
  // The figures name their documents by title: the slide waits for the titles too (a lost file
  // is no wait), so its text does not change, nor move, once it has painted.
  const titles = useDatasets([], SOURCE_TITLES);
  const ready = loaded.status === "ready" && titles.status !== "loading" && !!slides;
  const painted = usePainted(ready);
  useStepSync();
  useEffect(keepPresenterParams, []);

  // Everything a later step needs is fetched once the first slide is up: a dropped network
  // mid-talk then costs nothing.
  useEffect(() => {
    if (painted) void preloadPresenter(client);
  }, [painted, client]);

  useEffect(() => {
    if (!current || notesView) return;
    const title = current.kind === "step" ? stepTitle(current.step, lang) : current.text;
    document.title = `${title} · ${t("app.title")}`;
  }, [current, lang, t, notesView]);

  if (!ready || !story || !params) {
    return (
      <main className="presenter">
        <LoadStatus loaded={loaded} />
      </main>
    );
  }

  const overview = c.overview && (
    <Overview story={story} slides={slides} params={params} current={c.step}
      onPick={(n) => { c.go(n); c.setOverview(false); }} onClose={() => c.setOverview(false)} />
  );

  if (notesView) {
    return (
      <>
        <Notes slides={slides} c={c} />
        <Overlays c={c}>{overview}</Overlays>
      </>
    );
  }

  return (
    <>
      <Canvas scale={scale} label={t("present.label")} heading={t("app.title")}>
        <div className="presenter__top">
          {params.problems.length > 0 && (
            <p className="presenter__notice" role="status">
              {t("present.badParams", { names: params.problems.join(", ") })}
            </p>
          )}
        </div>
        {current ? <SlideView slide={current} live={painted} /> : <p className="presenter__empty">{t("present.empty")}</p>}
        <StageTimeline slides={slides} current={current} onPick={c.go} live={painted} />
        <Controls c={c} />
      </Canvas>
      <Overlays c={c}>{overview}</Overlays>
      {painted && <Chronology />}
    </>
  );
}

