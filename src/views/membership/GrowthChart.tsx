// Participating states over time by region group, from documented membership events. The
// share whose entry year is inferred (from a phase or a publication) is drawn hatched.
import { useMemo, type ReactNode } from "react";
import { scaleLinear } from "d3-scale";
import { stack, area, curveStepAfter } from "d3-shape";
import { max } from "d3-array";
import { useDatasets } from "../../data/useDatasets";
import { stateEntries, membershipOverTime } from "../../selectors/membership";
import { memoizeLast } from "../../selectors/memo";
import { REGIONS, type Language, type Region } from "../../data/schemas";
import { FIRST_YEAR, LAST_YEAR } from "../../state/urlState";
import { useAtlasStore } from "../../state/store";
import { useT, useLanguage } from "../../i18n";
import { useCountryName } from "../../i18n/countryNames";
import { LoadStatus } from "../../components/StatusPanel";
import { ChartFrame } from "../../components/ChartFrame";
import { ChartSvg } from "../../components/ChartSvg";
import { YGrid } from "../../components/YGrid";
import { DataTable } from "../../components/DataTable";
import { REGION_COLOURS } from "../../components/palette";
import { useWidth } from "../../components/useSize";

const entriesOf = memoizeLast(stateEntries);
const seriesOf = memoizeLast((entries: ReturnType<typeof stateEntries>) => membershipOverTime(entries, FIRST_YEAR, LAST_YEAR));
const HEIGHT = 220;
const M = { top: 12, right: 8, bottom: 24, left: 34 };

type YearRow = ReturnType<typeof membershipOverTime>[number];

/** Scales and area paths depend on the data and width only, not on the filters: made once per resize. */
const geometryOf = memoizeLast((years: YearRow[], width: number) => {
  const x = scaleLinear().domain([FIRST_YEAR, LAST_YEAR + 1]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, (max(years, (d) => d.total) ?? 10) * 1.05]).nice().range([HEIGHT - M.bottom, M.top]);
  const layers = stack<YearRow, Region>().keys(REGIONS).value((d, k) => d.byRegion[k] ?? 0)(years);
  const shape = area<[number, number] & { data: YearRow }>().x((d) => x(d.data.year)).y0((d) => y(d[0])).y1((d) => y(d[1])).curve(curveStepAfter);
  const inferredLine = area<YearRow>().x((d) => x(d.year)).y0(y(0)).y1((d) => y(d.inferred)).curve(curveStepAfter);
  return {
    x,
    y,
    areas: layers.map((layer) => ({ key: layer.key, d: shape(layer as never) ?? "" })),
    inferred: inferredLine(years) ?? "",
  };
});

function drawingOf({ x, y, areas, inferred }: ReturnType<typeof geometryOf>, width: number, lang: Language) {
  const under = (
    <>
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line y2="6" className="hatch-line" strokeWidth="2.5" />
        </pattern>
      </defs>
      <YGrid y={y} x1={M.left} x2={width - M.right} lang={lang} />
      {areas.map((a) => <path key={a.key} d={a.d} fill={REGION_COLOURS[a.key]} className="area" />)}
      <path d={inferred} fill="url(#hatch)" className="area-inferred" />
    </>
  );
  const axis = (
    <g className="tl-axis" transform={`translate(0,${HEIGHT - M.bottom})`}>
      <line x1={M.left} x2={width - M.right} />
      {/* The first year starts at the axis rather than centring on it, clear of the "0" beside it. */}
      {[1991, 2000, 2010, 2020].map((yr) => <text key={yr} x={x(yr)} y={16} textAnchor={yr === FIRST_YEAR ? "start" : "middle"}>{yr}</text>)}
    </g>
  );
  return { under, axis };
}

export function GrowthChart({ toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const nameOf = useCountryName();
  const loaded = useDatasets(["countries"]);
  const [ref, width] = useWidth<HTMLDivElement>();
  const to = useAtlasStore((s) => s.to);
  const country = useAtlasStore((s) => s.country);
  const entries = loaded.status === "ready" ? entriesOf(loaded.data.countries) : undefined;
  const years = entries && seriesOf(entries);
  const geometry = years && geometryOf(years, width);
  // The same elements until the data or the width change: a filter change moves only the veil.
  const drawing = useMemo(() => geometry && drawingOf(geometry, width, lang), [geometry, width, lang]);
  if (!entries || !years || !geometry) return <LoadStatus loaded={loaded} />;
  const { x } = geometry;
  const upTo = years.filter((d) => d.year <= to);
  const lastRow = upTo[upTo.length - 1] ?? years[0];
  const selectedEntry = country ? entries.find((e) => e.country.id === country) : undefined;
  const summary = t("growth.summary", {
    year: lastRow.year, total: lastRow.total, inferred: lastRow.inferred, first: years[0].total,
  });
  return (
    <ChartFrame
      chart="growth"
      title={t("growth.title")}
      toolbar={toolbar}
      summary={summary}
      legend={
        <ul className="chart-legend">
          {REGIONS.map((r) => <li key={r}><span className="swatch" style={{ background: REGION_COLOURS[r] }} />{t(`region.${r}`)}</li>)}
          <li><span className="swatch swatch--hatched" />{t("growth.inferredLegend")}</li>
        </ul>
      }
      table={
        <DataTable
          caption={t("growth.tableCaption")}
          rows={entries}
          rowKey={(e) => e.country.id}
          columns={[
            { key: "state", label: t("col.state"), cell: (e) => nameOf(e.country) },
            { key: "region", label: t("col.region"), cell: (e) => t(`region.${e.country.region}`) },
            { key: "year", label: t("col.firstYear"), numeric: true, cell: (e) => e.year },
            { key: "basis", label: t("col.basis"), cell: (e) => {
              const ev = e.country.events.find((v) => v.year === e.year && v.kind !== "host" && v.kind !== "chair")!;
              return <>{t(`membership.${ev.kind}`)}{ev.inferred ? ` — ${t("growth.inferred")}: ${ev.inferred}` : ""} ({ev.source}: <q>{ev.quote}</q>)</>;
            } },
          ]}
        />
      }
    >
      <div ref={ref}>
        <ChartSvg width={width} height={HEIGHT} role="img" aria-label={summary}>
          {drawing?.under}
          {to < LAST_YEAR && <rect x={x(to + 1)} y={M.top} width={x(LAST_YEAR + 1) - x(to + 1)} height={HEIGHT - M.top - M.bottom} className="veil" />}
          {selectedEntry && (
            <g className="marker-line" transform={`translate(${x(selectedEntry.year)},0)`}>
              <line y1={M.top} y2={HEIGHT - M.bottom} />
              <text y={M.top + 10} x={4}>{nameOf(selectedEntry.country)} {selectedEntry.year}</text>
            </g>
          )}
          {drawing?.axis}
        </ChartSvg>
      </div>
      <p className="chart__note">{t("growth.note")}</p>
    </ChartFrame>
  );
}
