// The places on the map as buttons, so every marker can be reached from the keyboard and by
// screen readers; each button is named by its visible text, which starts with the place's name,
// as the marker's does. In alphabetical order, not by size: a filter change then edits a few
// labels in place instead of moving hundreds of buttons around. Past a few dozen places the
// list is behind a disclosure and drawn only when opened, like the charts' tables.
import { memo, useRef } from "react";
import { useDisclosure } from "../../components/useDisclosure";
import type { PlaceRow } from "./mapState";

const PlaceButton = memo(function PlaceButton({ id, label, conference, pressed, onGo }: PlaceRow & {
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

/** Up to this many places the list is shown open. */
export const OPEN_LIST_MAX = 60;

export function PlaceList({ rows, selected, ariaLabel, showLabel, onGo }: {
  rows: readonly PlaceRow[];
  selected: string | null;
  ariaLabel: string;
  /** Summary of the disclosure used for long lists. */
  showLabel: string;
  onGo: (id: string) => void;
}) {
  const places = useDisclosure();
  const onGoRef = useRef(onGo);
  onGoRef.current = onGo;
  // One handler for the life of the list, so the memoised buttons do not re-render for it.
  const go = useRef((id: string) => onGoRef.current(id)).current;
  // Made only when shown: a closed list of hundreds of places costs a filter change nothing.
  const list = () => (
    <ul className="map-places">
      {rows.map((r) => (
        <PlaceButton key={r.id} {...r} pressed={r.id === selected} onGo={go} />
      ))}
    </ul>
  );
  return (
    <nav className="map-places-nav" aria-label={ariaLabel}>
      {rows.length <= OPEN_LIST_MAX ? list() : (
        <details ref={places.ref} onToggle={places.onToggle}>
          <summary>{showLabel}</summary>
          {places.open && list()}
        </details>
      )}
    </nav>
  );
}
