// Events per year, stacked by kind, under the current filters.
import type { ReactNode } from "react";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { max } from "d3-array";
import { eventsPerYear, kindsPresent, type YearRow } from "../../selectors/perYear";
import { useEvents } from "../useEvents";
import { useAtlasStore } from "../../state/store";
import type { EventKind } from "../../state/urlState";
import { useT, useLanguage } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import { LoadStatus } from "../../components/StatusPanel";
import { ChartFrame } from "../../components/ChartFrame";
import { DataTable } from "../../components/DataTable";
import { KIND_COLOURS } from "../../components/palette";
import { useWidth } from "../../components/useSize";

const HEIGHT = 200;
const M = { top: 10, right: 8, bottom: 24, left: 28 };

export function PerYearChart({ interactive = true, toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const { loaded, filtered, filters, events } = useEvents();
  const [ref, width] = useWidth<HTMLDivElement>();
  if (loaded.status !== "ready" || !filtered || !events) return <LoadStatus loaded={loaded} />;
  const rows = eventsPerYear(filtered, filters.from, filters.to);
  const kinds = kindsPresent(rows);
  const x = scaleBand<number>().domain(rows.map((r) => r.year)).range([M.left, width - M.right]).padding(0.15);
  const y = scaleLinear().domain([0, Math.max(4, max(rows, (r) => r.total) ?? 0)]).nice().range([HEIGHT - M.bottom, M.top]);
  const layers = stack<YearRow, EventKind>().keys(kinds).value((r, k) => r.byKind[k] ?? 0)(rows);
  const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a), rows[0]);
  const summary = t("perYear.summary", {
    count: formatNumber(filtered.length, lang), total: formatNumber(events.length, lang),
    from: filters.from, to: filters.to, busiest: busiest?.year ?? "—", busiestCount: busiest?.total ?? 0,
  });
  const labelEvery = Math.ceil(rows.length / Math.max(1, Math.floor(width / 44)));
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
          rows={rows.filter((r) => r.total)}
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
        <svg width={width} height={HEIGHT} role="img" aria-label={summary}>
          {y.ticks(4).map((v) => (
            <g key={v} className="grid" transform={`translate(0,${y(v)})`}>
              <line x1={M.left} x2={width - M.right} />
              <text x={M.left - 4} dy="0.32em" textAnchor="end">{v}</text>
            </g>
          ))}
          {layers.map((layer) => (
            <g key={layer.key} fill={KIND_COLOURS[layer.key]}>
              {layer.map((d) => d[1] > d[0] && (
                <rect key={d.data.year} x={x(d.data.year)} width={x.bandwidth()} y={y(d[1])} height={y(d[0]) - y(d[1])}
                  onClick={interactive ? () => useAtlasStore.getState().setYearRange(d.data.year, d.data.year) : undefined}>
                  <title>{`${d.data.year}: ${d[1] - d[0]} × ${t(`kind.${layer.key}`)}`}</title>
                </rect>
              ))}
            </g>
          ))}
          <g className="tl-axis" transform={`translate(0,${HEIGHT - M.bottom})`}>
            <line x1={M.left} x2={width - M.right} />
            {rows.filter((_, i) => i % labelEvery === 0).map((r) => <text key={r.year} x={x(r.year)! + x.bandwidth() / 2} y={16} textAnchor="middle">{r.year}</text>)}
          </g>
        </svg>
      </div>
    </ChartFrame>
  );
}
