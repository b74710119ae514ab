// Participation at each ministerial conference: one bar per stated figure, grouped by
// conference, so where the documents disagree both values stand side by side with their source.
import { memo, type ReactNode } from "react";
import { scaleBand, scaleLinear, type ScaleLinear } from "d3-scale";
import type { Place } from "../../data/schemas";
import { max } from "d3-array";
import { useDatasets } from "../../data/useDatasets";
import { participationRows } from "../../selectors/participation";
import { memoizeLast } from "../../selectors/memo";
import { useT, useLanguage, type Translate } from "../../i18n";
import { formatFigureValue } from "../../i18n/format";
import { LoadStatus } from "../../components/StatusPanel";
import { ChartFrame } from "../../components/ChartFrame";
import { ChartSvg } from "../../components/ChartSvg";
import { YGrid } from "../../components/YGrid";
import { DataTable } from "../../components/DataTable";
import { useWidth } from "../../components/useSize";
import { useSourceTitles } from "../../components/Sources";
import { useAtlasStore } from "../../state/store";

const rowsOf = memoizeLast(participationRows);
const HEIGHT = 220;
const M = { top: 18, right: 8, bottom: 40, left: 34 };

type Row = ReturnType<typeof participationRows>[number];

/** One conference's bars and labels; memoised, so a filter change redraws only those it fades. */
const ConferenceBars = memo(function ConferenceBars({ row: r, x0, band, y, place, out, selected, interactive, t }: {
  row: Row;
  x0: number;
  band: number;
  y: ScaleLinear<number, number>;
  place: string;
  out: boolean;
  selected: boolean;
  interactive: boolean;
  t: Translate;
}) {
  const bw = band / Math.max(1, r.figures.length);
  const select = () => useAtlasStore.getState().select(r.conference.id);
  return (
    <g className={`bar-group${out ? " bar-group--out" : ""}${selected ? " bar-group--selected" : ""}`}
       tabIndex={interactive ? 0 : -1} role={interactive ? "button" : undefined}
       aria-label={`${place} ${r.year}: ${r.figures.map((f) => `${f.value} ${t(`figure.kind.${f.kind}`)} (${f.source})`).join(", ") || t("participation.noFigure")}`}
       onClick={interactive ? select : undefined}
       onKeyDown={interactive ? (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(); } } : undefined}>
      {r.figures.map((f, i) => (
        <g key={i}>
          <rect x={x0 + i * bw + 1} y={y(f.value)} width={Math.max(1, bw - 2)} height={y(0) - y(f.value)} className={`bar bar--${f.kind}`}>
            <title>{`${f.value} ${t(`figure.kind.${f.kind}`)} — ${f.source}: “${f.quote}”`}</title>
          </rect>
          <text x={x0 + i * bw + bw / 2} y={y(f.value) - 4} textAnchor="middle" className="bar-label">{f.value}</text>
        </g>
      ))}
      {!r.figures.length && <text x={x0 + band / 2} y={y(0) - 6} textAnchor="middle" className="bar-label bar-label--none">{t("participation.noFigureShort")}</text>}
      <text x={x0 + band / 2} y={HEIGHT - M.bottom + 16} textAnchor="middle" className="axis-label">{r.year}</text>
      {band > 56 && <text x={x0 + band / 2} y={HEIGHT - M.bottom + 30} textAnchor="middle" className="axis-label axis-label--small">{place}</text>}
      {r.conflicts.length > 0 && <text x={x0 + band / 2} y={M.top - 6} textAnchor="middle" className="bar-label">⚠</text>}
    </g>
  );
});

/** Scales per data and width: the same objects across filter changes, for the memoised bars. */
const scalesOf = memoizeLast((rows: Row[], width: number) => ({
  x: scaleBand<string>().domain(rows.map((r) => r.conference.id)).range([M.left, width - M.right]).padding(0.2),
  y: scaleLinear().domain([0, (max(rows.flatMap((r) => r.figures.map((f) => f.value))) ?? 10) * 1.1]).nice().range([HEIGHT - M.bottom, M.top]),
}));
const placeNamesOf = memoizeLast((places: Place[]) => new Map(places.map((p) => [p.id, p.name])));

export function ParticipationChart({ interactive = true, toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const loaded = useDatasets(["conferences", "conflicts", "places"]);
  const [ref, width] = useWidth<HTMLDivElement>();
  const from = useAtlasStore((s) => s.from);
  const to = useAtlasStore((s) => s.to);
  const selected = useAtlasStore((s) => s.selected);
  const titles = useSourceTitles();
  if (loaded.status !== "ready") return <LoadStatus loaded={loaded} />;
  const placeName = placeNamesOf(loaded.data.places);
  const rows = rowsOf(loaded.data.conferences, loaded.data.conflicts);
  const { x, y } = scalesOf(rows, width);
  const inRange = (year: number) => year >= from && year <= to;
  const conflicted = rows.filter((r) => r.conflicts.length);
  const latest = [...rows].reverse().find((r) => inRange(r.year) && r.figures.length);
  const summary = t("participation.summary", {
    n: rows.filter((r) => inRange(r.year)).length,
    latest: latest ? `${placeName.get(latest.conference.place)} ${latest.year}` : "—",
    figures: latest ? latest.figures.map((f) => `${formatFigureValue(f, lang, t("figure.over"), t("figure.about"))} ${t(`figure.kind.${f.kind}`)} (${f.source})`).join(` ${t("word.or")} `) : "—",
    conflicts: conflicted.length,
  });
  const tableRows = rows.flatMap((r) => (r.figures.length ? r.figures : [undefined]).map((f, i) => ({ r, f, key: `${r.conference.id}-${i}` })));
  return (
    <ChartFrame
      chart="participation"
      title={t("participation.title")}
      toolbar={toolbar}
      summary={summary}
      legend={
        <ul className="chart-legend">
          <li><span className="swatch swatch--countries" />{t("figure.kind.countries")}</li>
          <li><span className="swatch swatch--mixed" />{t("figure.kind.countries-and-organisations")}</li>
          <li>⚠ {t("participation.conflictLegend")}</li>
        </ul>
      }
      table={
        <DataTable
          caption={t("participation.tableCaption")}
          rows={tableRows}
          rowKey={(d) => d.key}
          columns={[
            { key: "conf", label: t("col.conference"), cell: (d) => `${d.r.conference.ordinal}. ${placeName.get(d.r.conference.place)} ${d.r.year}` },
            { key: "value", label: t("col.value"), numeric: true, cell: (d) => (d.f ? formatFigureValue(d.f, lang, t("figure.over"), t("figure.about")) : t("participation.noFigure")) },
            { key: "kind", label: t("col.kind"), cell: (d) => (d.f ? t(`figure.kind.${d.f.kind}`) : "") },
            { key: "src", label: t("col.source"), cell: (d) => (d.f ? <>{titles.get(d.f.source) ?? d.f.source}: <q>{d.f.quote}</q></> : "") },
          ]}
        />
      }
    >
      <div ref={ref}>
        {/* A group, not an image, when its bars are buttons: an image may not hold controls. */}
        <ChartSvg width={width} height={HEIGHT} role={interactive ? "group" : "img"} aria-label={summary}>
          <YGrid y={y} x1={M.left} x2={width - M.right} lang={lang} />
          {rows.map((r) => (
            <ConferenceBars key={r.conference.id} row={r} x0={x(r.conference.id)!} band={x.bandwidth()} y={y} place={placeName.get(r.conference.place) ?? ""}
              out={!inRange(r.year)} selected={selected === r.conference.id} interactive={interactive} t={t} />
          ))}
        </ChartSvg>
      </div>
      {conflicted.length > 0 && (
        <details className="conflict-notes">
          <summary>⚠ {t("participation.conflictSummary", { n: conflicted.length })}</summary>
          <ul>
            {conflicted.flatMap((r) => r.conflicts).map((c) => (
              <li key={c.id}><strong>{c.subject}</strong>: {c.values.map((v) => `${v.value} (${titles.get(v.source) ?? v.source}: “${v.quote}”)`).join(` ${t("word.versus")} `)}</li>
            ))}
          </ul>
        </details>
      )}
    </ChartFrame>
  );
}
