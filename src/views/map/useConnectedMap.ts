// Feeds MapView from the explorer's store, the datasets and the basemap. The open place is this
// map's own state; a selection made anywhere else (timeline, URL) opens its place, and clearing
// it closes that place again (not one the reader opened on the map meanwhile).
import { useEffect, useMemo, useRef, useState } from "react";
import { useEvents } from "../useEvents";
import { useDatasets } from "../../data/useDatasets";
import type { NoticeSource } from "../../components/DataNotice";
import type { DataProblem } from "../../data/problems";
import { useAtlasStore } from "../../state/store";
import { useResolvedTheme } from "../../state/theme";
import { useLanguage, useT } from "../../i18n";
import { useBasemap } from "./basemapData";
import { mapState } from "./mapState";
import type { MapViewProps } from "./MapView";

const COUNTRY_FILES = ["countries"] as const;

export type ConnectedMap =
  | { status: "loading" | "error"; problems: DataProblem[] }
  /** `problems`: countries.json is broken; the map still draws, with codes for names. */
  | { status: "ready"; problems: DataProblem[]; props: MapViewProps; loads: readonly NoticeSource[] };

const selectEvent = (id: string) => useAtlasStore.getState().select(id);

export function useConnectedMap(): ConnectedMap {
  const t = useT();
  const lang = useLanguage();
  const theme = useResolvedTheme();
  const { loaded, events, filtered } = useEvents();
  const countries = useDatasets(COUNTRY_FILES);
  const { world, failed } = useBasemap();
  const selectedEvent = useAtlasStore((s) => s.selected);
  const [placeId, setPlaceId] = useState<string | null>(null);
  const placeIdRef = useRef(placeId);
  placeIdRef.current = placeId;

  const openedBySelection = useRef<string | null>(null);
  useEffect(() => {
    if (!events) return;
    if (!selectedEvent) {
      if (openedBySelection.current && openedBySelection.current === placeIdRef.current) setPlaceId(null);
      openedBySelection.current = null;
      return;
    }
    const place = events.find((e) => e.id === selectedEvent)?.place;
    if (!place) return;
    setPlaceId(place.id);
    openedBySelection.current = place.id;
  }, [selectedEvent, events]);

  const countryList = countries.status === "ready" ? countries.data.countries : undefined;
  const state = useMemo(
    () => (events && filtered ? mapState({ events, filtered, countries: countryList, theme, lang, t }) : undefined),
    [events, filtered, countryList, theme, lang, t],
  );

  const problems = [...(loaded.status === "error" ? loaded.problems : []), ...(countries.status === "error" ? countries.problems : [])];
  if (loaded.status === "error") return { status: "error", problems };
  // countries.json gives the map only country names: the map waits for it, not on it.
  if (!state || countries.status === "loading") return { status: "loading", problems };
  return {
    status: "ready",
    problems,
    props: { state, world, basemapFailed: failed, selected: placeId, selectedEvent, onSelect: setPlaceId, onSelectEvent: selectEvent },
    // What the map's notice counts: records of these files set aside, files lost whole.
    loads: [loaded, countries],
  };
}
