// Below the map: the events that have no point on it (virtual, or no city in the texts).
import { useT } from "../../i18n";
import type { MapState } from "./mapState";

export function OffMap({ offMap }: Pick<MapState, "offMap">) {
  const t = useT();
  if (offMap.rows.length === 0) return null;
  return (
    <div className="map-offmap">
      <p>{offMap.summary}</p>
      <details>
        <summary>{t("map.offMap.show")}</summary>
        <ul>
          {offMap.rows.map((e) => (
            <li key={e.id}>
              <span className="map-offmap__date">{e.date}</span> — {e.title}
              {e.where && <> ({e.where})</>}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
