// The map on stage: the same MapView as the explorer's, given what the slide shows as props.
// A step's events (those at its places in its years) are the selection, so its places stand
// out and the rest fade; the map frames every place the step names (story.ts). It reads no
// filters and writes none. The title and closing slides show every place.
import { useMemo } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useResolvedTheme } from "../../state/theme";
import { useLanguage, useT } from "../../i18n";
import { toEvents, type AtlasEvent } from "../../selectors/events";
import type { StoryStep } from "../../selectors/story";
import { MapView } from "../../views/map/MapView";
import { mapState } from "../../views/map/mapState";
import type { MapBounds } from "../../views/map/mapBase";
import { useBasemap } from "../../views/map/basemapData";
import { StatusPanel } from "../../components/StatusPanel";

const FILES = ["conferences", "meetings", "places", "countries"] as const;
/** Degrees of latitude and longitude shown around a step's places at the least: a single city
 *  is shown with its region (the map's own fit would zoom in on its streets' scale). */
const CONTEXT = { lat: 7, lon: 12 };

function contextBounds(step: StoryStep | null): MapBounds | undefined {
  if (!step?.places.length) return undefined;
  const lat = step.places.map((p) => p.lat);
  const lon = step.places.map((p) => p.lon);
  const mid = (v: number[]) => (Math.min(...v) + Math.max(...v)) / 2;
  return [[mid(lat) - CONTEXT.lat, mid(lon) - CONTEXT.lon], [mid(lat) + CONTEXT.lat, mid(lon) + CONTEXT.lon]];
}

function stepEvents(events: AtlasEvent[], step: StoryStep): AtlasEvent[] {
  if (step.kind === "conference") return events.filter((e) => e.id === step.id);
  const at = new Set(step.places.map((p) => p.id));
  return events.filter((e) => e.place && at.has(e.place.id) && e.year >= step.year && e.year <= step.endYear);
}

export default function StageMap({ step, height }: { step: StoryStep | null; height: number }) {
  const t = useT();
  const lang = useLanguage();
  const theme = useResolvedTheme();
  const loaded = useDatasets(FILES);
  const { world, failed } = useBasemap();
  const data = loaded.status === "ready" ? loaded.data : undefined;
  const events = useMemo(() => data && toEvents(data.conferences, data.meetings, data.places), [data]);
  const filtered = useMemo(() => events && (step ? stepEvents(events, step) : events), [events, step]);
  const state = useMemo(
    () => events && filtered && data && mapState({ events, filtered, countries: data.countries, theme, lang, t }),
    [events, filtered, data, theme, lang, t],
  );
  const fitPlaces = useMemo(() => step?.places.map((p) => p.id), [step]);
  const bounds = useMemo(() => contextBounds(step), [step]);
  if (!state) {
    return <StatusPanel loading={loaded.status === "loading"} problems={loaded.status === "error" ? loaded.problems : []} />;
  }
  return <MapView state={state} world={world} basemapFailed={failed} selected={null} fitPlaces={fitPlaces} bounds={bounds} interactive={false} height={height} />;
}
