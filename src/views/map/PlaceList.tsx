// The places on the map as buttons, so every marker can be reached from the keyboard and by
// screen readers. In alphabetical order, not by size: a filter change then edits a few labels
// in place instead of moving hundreds of buttons around.
import { memo, useMemo, useRef } from "react";
import type { Language } from "../../data/schemas";
import type { PlaceSummary } from "../../selectors/places";

const PlaceButton = memo(function PlaceButton({ id, label, conference, pressed, onGo }: {
  id: string;
  label: string;
  conference: boolean;
  pressed: boolean;
  onGo: (id: string) => void;
}) {
  return (
    <li>
      <button type="button" className={conference ? "map-place map-place--conference" : "map-place"} aria-pressed={pressed} onClick={() => onGo(id)}>
        {label}
      </button>
    </li>
  );
});

export function PlaceList({ places, labelOf, selected, lang, ariaLabel, onGo }: {
  places: PlaceSummary[];
  labelOf: ReadonlyMap<string, string>;
  selected: string | null;
  lang: Language;
  ariaLabel: string;
  onGo: (place: PlaceSummary) => void;
}) {
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...places].sort((a, b) => collator.compare(a.place.name, b.place.name));
  }, [places, lang]);
  const byId = useRef(new Map<string, PlaceSummary>());
  byId.current = new Map(places.map((p) => [p.place.id, p]));
  const onGoRef = useRef(onGo);
  onGoRef.current = onGo;
  // One handler for the life of the list, so the memoised buttons do not re-render for it.
  const go = useRef((id: string) => {
    const p = byId.current.get(id);
    if (p) onGoRef.current(p);
  }).current;
  return (
    <nav className="map-places-nav" aria-label={ariaLabel}>
      <ul className="map-places">
        {sorted.map((p) => (
          <PlaceButton key={p.place.id} id={p.place.id} label={labelOf.get(p.place.id) ?? p.place.name} conference={p.hasConference} pressed={p.place.id === selected} onGo={go} />
        ))}
      </ul>
    </nav>
  );
}
