// Events per year, stacked by kind, under the current filters. Every year from 1991 to 2024
// keeps its place and the years outside the chosen range are faded, as in the timeline: the
// range stays readable in its context, and a change of years restyles bars instead of
// rebuilding the axis and every bar.
import { memo, useMemo, type ReactNode } from "react";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { max } from "d3-array";
import { eventsPerYear, kindsPresent, type YearRow } from "../../selectors/perYear";
import { memoizeLast } from "../../selectors/memo";
import { useEvents } from "../useEvents";
import { useAtlasStore } from "../../state/store";
import { FIRST_YEAR, LAST_YEAR, type EventKind } from "../../state/urlState";
import { useT, useLanguage, type Translate } from "../../i18n";
import { LoadStatus } from "../../components/StatusPanel";
import { ChartFrame } from "../../components/ChartFrame";
import { ChartSvg } from "../../components/ChartSvg";
import { YGrid } from "../../components/YGrid";
import { DataTable } from "../../components/DataTable";
import { KIND_COLOURS } from "../../components/palette";
import { useWidth } from "../../components/useSize";
import type { AtlasEvent } from "../../selectors/events";

const HEIGHT = 200;
const M = { top: 10, right: 8, bottom: 24, left: 28 };

const rowsOf = memoizeLast((events: AtlasEvent[]) => eventsPerYear(events, FIRST_YEAR, LAST_YEAR));

interface Segment { kind: EventKind; y: number; height: number }
interface YearColumn { year: number; x: number; width: number; segments: Segment[] }

/** Scales and bars depend on the counts and the width, not on the year range. */
function geometry(rows: YearRow[], width: number) {
  const kinds = kindsPresent(rows);
  const x = scaleBand<number>().domain(rows.map((r) => r.year)).range([M.left, width - M.right]).padding(0.15);
  const y = scaleLinear().domain([0, Math.max(4, max(rows, (r) => r.total) ?? 0)]).nice().range([HEIGHT - M.bottom, M.top]);
  const layers = stack<YearRow, EventKind>().keys(kinds).value((r, k) => r.byKind[k] ?? 0)(rows);
  const columns: YearColumn[] = rows.map((r, i) => ({
    year: r.year,
    x: x(r.year)!,
    width: x.bandwidth(),
    segments: layers.flatMap((layer) => {
      const [y0, y1] = layer[i];
      return y1 > y0 ? [{ kind: layer.key, y: y(y1), height: y(y0) - y(y1) }] : [];
    }),
  }));
  return { kinds, y, columns };
}

const YearBars = memo(function YearBars({ column, row, out, interactive, t }: {
  column: YearColumn;
  row: YearRow;
  out: boolean;
  interactive: boolean;
  t: Translate;
}) {
  if (!column.segments.length) return null;
  const pick = interactive ? () => useAtlasStore.getState().setYearRange(column.year, column.year) : undefined;
  return (
    <g className={`year-bars${out ? " year-bars--out" : ""}${interactive ? " year-bars--pick" : ""}`} onClick={pick}>
      {column.segments.map((s) => (
        <rect key={s.kind} x={column.x} width={column.width} y={s.y} height={s.height} fill={KIND_COLOURS[s.kind]}>
          <title>{`${column.year}: ${row.byKind[s.kind]} × ${t(`kind.${s.kind}`)}`}</title>
        </rect>
      ))}
    </g>
  );
});

export function PerYearChart({ interactive = true, toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const { loaded, filtered, acrossYears, filters, events } = useEvents();
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = acrossYears ? rowsOf(acrossYears) : undefined;
  const drawn = useMemo(() => (rows ? geometry(rows, width) : undefined), [rows, width]);
  if (loaded.status !== "ready" || !filtered || !events || !rows || !drawn) return <LoadStatus loaded={loaded} />;
  const { from, to } = filters;
  const { kinds, y, columns } = drawn;
  const inRange = rows.filter((r) => r.year >= from && r.year <= to);
  const busiest = inRange.reduce((a, b) => (b.total > a.total ? b : a), inRange[0]);
  const summary = t("perYear.summary", {
    count: filtered.length, total: events.length,
    from, to, busiest: busiest?.total ? busiest.year : "—", busiestCount: busiest?.total ?? 0,
  });
  const labelEvery = Math.ceil(columns.length / Math.max(1, Math.floor(width / 44)));
  return (
    <ChartFrame
      chart="per-year"
      title={t("perYear.title")}
      toolbar={toolbar}
      summary={summary}
      legend={<ul className="chart-legend">{kinds.map((k) => <li key={k}><span className="swatch" style={{ background: KIND_COLOURS[k] }} />{t(`kind.${k}`)}</li>)}</ul>}
      table={
        <DataTable
          caption={t("perYear.tableCaption")}
          rows={inRange.filter((r) => r.total)}
          rowKey={(r) => String(r.year)}
          columns={[
            { key: "year", label: t("col.year"), cell: (r) => r.year },
            { key: "total", label: t("col.total"), numeric: true, cell: (r) => r.total },
            ...kinds.map((k) => ({ key: k, label: t(`kind.${k}`), numeric: true, cell: (r: YearRow) => r.byKind[k] ?? 0 })),
          ]}
        />
      }
    >
      <div ref={ref}>
        <ChartSvg width={width} height={HEIGHT} role="img" aria-label={summary}>
          <YGrid y={y} x1={M.left} x2={width - M.right} lang={lang} />
          {columns.map((c, i) => (
            <YearBars key={c.year} column={c} row={rows[i]} out={c.year < from || c.year > to} interactive={interactive} t={t} />
          ))}
          <g className="tl-axis" transform={`translate(0,${HEIGHT - M.bottom})`}>
            <line x1={M.left} x2={width - M.right} />
            {columns.filter((_, i) => i % labelEvery === 0).map((c) => <text key={c.year} x={c.x + c.width / 2} y={16} textAnchor="middle">{c.year}</text>)}
          </g>
        </ChartSvg>
      </div>
    </ChartFrame>
  );
}
