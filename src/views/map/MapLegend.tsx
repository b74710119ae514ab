// The map's legend: plain HTML above the map, the same for the static and the live map.
import { memo } from "react";
import { useT } from "../../i18n";
import { HowCounted } from "../../components/HowCounted";
import type { MapState } from "./mapState";

export const MapLegend = memo(function MapLegend({ legend, palette }: Pick<MapState, "legend" | "palette">) {
  const t = useT();
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t("map.legend.shading")}</p>
      <div className="map-legend__row">
        <span className="map-legend__swatch" style={{ background: palette.land }} aria-hidden="true" />
        <span>{t("map.legend.none")}</span>
        {legend.max > 0 && (
          <>
            <span className="map-legend__num">1</span>
            <span className="map-legend__ramp" aria-hidden="true" style={{ background: `linear-gradient(to right, ${legend.stops.join(", ")})` }} />
            <span className="map-legend__num">{legend.max}</span>
          </>
        )}
      </div>
      <div className="map-legend__row">
        <svg width="18" height="18" aria-hidden="true">
          <circle cx="9" cy="9" r="6" fill={palette.meeting} fillOpacity={0.65} stroke={palette.halo} strokeWidth={1.5} />
        </svg>
        <span>{t("map.legend.meeting")}</span>
        <svg width="18" height="18" aria-hidden="true">
          <circle cx="9" cy="9" r="6" fill={palette.conference} fillOpacity={0.65} stroke={palette.conference} strokeWidth={3} />
        </svg>
        <span>{t("map.legend.conference")}</span>
        <span className="map-legend__note">{t("map.legend.size")}</span>
      </div>
      {legend.clustered && (
        <div className="map-legend__row">
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="6" fill={palette.meeting} fillOpacity={0.65} stroke={palette.selected} strokeWidth={1.5} strokeDasharray="3 2" />
          </svg>
          <span>{t("map.legend.cluster")}</span>
        </div>
      )}
      <HowCounted chart="map" />
    </div>
  );
});
