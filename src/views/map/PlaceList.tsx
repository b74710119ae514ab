// The places on the map as buttons, so every marker can be reached from the keyboard and by
// screen readers. In alphabetical order, not by size: a filter change then edits a few labels
// in place instead of moving hundreds of buttons around. Past a few dozen places the list is
// behind a disclosure and drawn only when opened, like the charts' tables: a wall of hundreds
// of buttons helps nobody and would be redrawn on every filter change.
import { memo, useMemo, useRef, useState } from "react";
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

const collators = new Map<Language, Intl.Collator>();
function collatorFor(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c;
}

/** Up to this many places the list is shown open. */
export const OPEN_LIST_MAX = 60;

export function PlaceList({ places, labelOf, selected, lang, ariaLabel, showLabel, onGo }: {
  places: PlaceSummary[];
  labelOf: ReadonlyMap<string, string>;
  selected: string | null;
  lang: Language;
  ariaLabel: string;
  /** Summary of the disclosure used for long lists. */
  showLabel: string;
  onGo: (place: PlaceSummary) => void;
}) {
  const [open, setOpen] = useState(false);
  const shown = places.length <= OPEN_LIST_MAX || open;
  // Sorted only when shown: a closed long list costs nothing on a filter change.
  const sorted = useMemo(() => {
    if (!shown) return [];
    const collator = collatorFor(lang);
    return [...places].sort((a, b) => collator.compare(a.place.name, b.place.name));
  }, [places, lang, shown]);
  const current = useRef(places);
  current.current = places;
  const onGoRef = useRef(onGo);
  onGoRef.current = onGo;
  // One handler for the life of the list, so the memoised buttons do not re-render for it.
  const go = useRef((id: string) => {
    const p = current.current.find((x) => x.place.id === id);
    if (p) onGoRef.current(p);
  }).current;
  const list = (
    <ul className="map-places">
      {sorted.map((p) => (
        <PlaceButton key={p.place.id} id={p.place.id} label={labelOf.get(p.place.id) ?? p.place.name} conference={p.hasConference} pressed={p.place.id === selected} onGo={go} />
      ))}
    </ul>
  );
  return (
    <nav className="map-places-nav" aria-label={ariaLabel}>
      {places.length <= OPEN_LIST_MAX ? list : (
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{showLabel}</summary>
          {open && list}
        </details>
      )}
    </nav>
  );
}
