// Below the map: the events that have no point on it (virtual, or no city in the texts).
import { memo } from "react";
import { useT } from "../../i18n";
import type { MapState } from "./mapState";
import type { OffMapRow } from "./mapBase";

// mapState keeps each row's object per event: a filter change redraws only the rows it adds.
const Row = memo(function Row({ e }: { e: OffMapRow }) {
  return (
    <li>
      <span className="map-offmap__date">{e.date}</span> — {e.title}
      {e.where && <> ({e.where})</>}
    </li>
  );
});

export const OffMap = memo(function OffMap({ offMap }: Pick<MapState, "offMap">) {
  const t = useT();
  if (offMap.rows.length === 0) return null;
  return (
    <div className="map-offmap">
      <p>{offMap.summary}</p>
      <details>
        <summary>{t("map.offMap.show")}</summary>
        <ul>
          {offMap.rows.map((e) => <Row key={e.id} e={e} />)}
        </ul>
      </details>
    </div>
  );
});
