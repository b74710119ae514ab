// The presenter (mode=present): a full-screen stage that walks through the phases and
// ministerial conferences one step at a time, for a projector and a clicker. The step lives in
// the store (URL step=N), so a reload resumes; a second window (view=notes) shows the
// presenter's notes and stays in step over a BroadcastChannel.
import { lazy, useEffect, useMemo, useState } from "react";
import { LazyView } from "../components/LazyView";
import { replaceNextUrlChange } from "../state/urlSync";
import { useAtlasStore } from "../state/store";
import { FIRST_YEAR } from "../state/urlState";
import { useLanguage, useT } from "../i18n";
import { LoadStatus } from "../components/StatusPanel";
import { stepTitle } from "../selectors/story";
import { useStory } from "./presenter/useStory";
import { usePresenterControls } from "./presenter/useControls";
import { isNotesView, useStepSync } from "./presenter/sync";
import { StepBody, StepHeading } from "./presenter/StepContent";
import { Controls } from "./presenter/Controls";
import { KeyHelp } from "./presenter/KeyHelp";
import { Notes } from "./presenter/Notes";
import { Chronology } from "./presenter/Chronology";
import { Stage } from "./presenter/Stage";
import "./presenter/presenter.css";

// Lazy, and only here: the presenter's own chunk is the one place the map is wanted.
const MapView = lazy(() => import("../views/map/MapView"));
const GrowthChart = lazy(() => import("../views/membership/GrowthChart").then((m) => ({ default: m.GrowthChart })));

function useMapHeight(): number {
  const measure = () => Math.max(240, Math.round((typeof window === "undefined" ? 800 : window.innerHeight) * 0.42));
  const [h, setH] = useState(measure);
  useEffect(() => {
    const on = () => setH(measure());
    window.addEventListener("resize", on);
    return () => window.removeEventListener("resize", on);
  }, []);
  return h;
}

export default function Presenter() {
  const t = useT();
  const lang = useLanguage();
  const [notesView] = useState(isNotesView);
  const { loaded, steps } = useStory();
  const total = steps?.length ?? 0;
  const c = usePresenterControls(total);
  const current = steps?.[c.step - 1];
  const mapHeight = useMapHeight();
  useStepSync();

  // The stage moves the map to the step's place and grows the membership chart to its year.
  useEffect(() => {
    if (!current || notesView) return;
    const selected = current.kind === "conference" ? current.id : null;
    const s = useAtlasStore.getState();
    if (s.selected === selected && s.from === FIRST_YEAR && s.to === current.year) return;
    // One update, and no history entry of its own: it belongs to the step that caused it.
    replaceNextUrlChange();
    useAtlasStore.setState({ selected, from: FIRST_YEAR, to: current.year });
  }, [current, notesView]);

  useEffect(() => {
    if (current && !notesView) document.title = `${stepTitle(current, lang)} · ${t("app.title")}`;
  }, [current, lang, t, notesView]);

  const overlays = (
    <>
      {c.digits && <div className="presenter__digits" aria-live="assertive">{c.digits}</div>}
      {c.blackout && (
        <div className="presenter__blackout" role="status" onClick={() => c.setBlackout(false)}>
          <span className="presenter__sr">{t("present.blackout")}</span>
        </div>
      )}
      {c.help && <KeyHelp onClose={() => c.setHelp(false)} />}
    </>
  );

  const stage = useMemo(() => {
    if (!steps) return null;
    if (!current) return <p className="presenter__empty">{t("present.empty")}</p>;
    return (
      <Stage
        step={current.id}
        kind={current.kind}
        text={
          <section className="presenter__text" key={current.id} aria-live="polite" aria-atomic="true">
            <StepHeading step={current} />
            <StepBody step={current} />
          </section>
        }
        map={
          <div className="presenter__map" aria-label={t("present.map")} role="group">
            <LazyView>
              <MapView interactive={false} height={mapHeight} />
            </LazyView>
          </div>
        }
        growth={
          <div className="presenter__growth" aria-label={t("present.growth")} role="group">
            <LazyView>
              <GrowthChart interactive={false} />
            </LazyView>
          </div>
        }
      />
    );
  }, [steps, current, mapHeight, t]);

  if (loaded.status !== "ready" || !steps) {
    return (
      <main className="presenter">
        <LoadStatus loaded={loaded} />
      </main>
    );
  }

  if (notesView) {
    return (
      <>
        <Notes steps={steps} c={c} />
        {overlays}
      </>
    );
  }

  return (
    <main className="presenter" aria-label={t("present.label")}>
      {stage}
      <Controls c={c} />
      {overlays}
      <Chronology />
    </main>
  );
}
