// The growth chart as a pure function of its state: the presenter, the embeds and the explorer
// pass what growthState computed, and this only draws it.
import { memo, useMemo } from "react";
import { ChartSvg } from "../../components/ChartSvg";
import type { ChartViewProps } from "./chartViewProps";
import { REGIONS, type Language } from "../../domain";
import type { Translate } from "../../i18n";
import { countryName } from "../../i18n/countryNames";
import { ChartFrame } from "../../components/ChartFrame";
import { YGrid } from "../../components/YGrid";
import { XAxis } from "../../components/axis/XAxis";
import { Legend } from "../../components/Legend";
import { DataTable } from "../../components/DataTable";
import { REGION_COLOURS } from "../../components/palette";
import type { StateRow } from "../../selectors/statesInProcess";
import { GROWTH_MARGIN as M, type GrowthState } from "./growthState";
import "../../i18n/membership";

export interface GrowthViewProps extends ChartViewProps<GrowthState> {
  /** The presenter leaves out the table and notes to keep its stage short. */
  compact?: boolean;
}

function howText(r: StateRow, t: Translate, lang: Language): string {
  const e = r.first ?? r.observerFrom;
  if (!e) return "";
  const via = e.via ? ` ${t("growth.via", { group: lang === "ru" ? "Государства — члены ЕС" : "EU Member States" })}` : "";
  return `${t(`membership.${e.how}`)}${via}`;
}

export function statusText(r: StateRow, t: Translate): string {
  if (r.status === "participating") {
    const from = t("growth.status.participating", { year: r.first!.year });
    return r.until !== undefined ? `${from}, ${t("growth.until", { year: r.until })}` : from;
  }
  return r.status === "observer" ? t("growth.status.observer", { year: r.observerFrom!.year }) : t("growth.status.undated");
}

const stepText = (st: GrowthState["steps"][number], rows: StateRow[], t: Translate, lang: Language) =>
  t("growth.step", { states: st.ended.map((id) => countryName(rows.find((r) => r.country.id === id)!.country, lang)).join(", "), year: st.year - 1 });

// The parts a year change leaves alone, memoised on the state's per-data pieces: only the veil
// and the summary follow the years.
const GrowthLegend = memo(function GrowthLegend({ t, compact }: { t: Translate; compact?: boolean }) {
  return (
    <Legend items={[
      ...REGIONS.map((r) => ({ key: r, label: t(`region.${r}`), colour: REGION_COLOURS[r] })),
      { key: "inferred", label: t("growth.inferredLegend"), swatch: "hatched" },
      // The presenter's small chart shows the count alone; the explorer and the embeds draw the observers apart.
      ...(compact ? [] : [{ key: "observers", label: t("growth.observerLegend"), swatch: "dashed" }]),
    ]} />
  );
});

const GrowthNotes = memo(function GrowthNotes({ steps, rows, t, lang }: Pick<GrowthState, "steps" | "rows"> & { t: Translate; lang: Language }) {
  return <>{steps.map((st) => <p key={st.year} className="chart__note">† {stepText(st, rows, t, lang)}</p>)}</>;
});

const GrowthAreas = memo(function GrowthAreas({ s, compact, t, lang }: {
  s: Pick<GrowthState, "y" | "width" | "areas" | "inferredPath" | "observerPath" | "steps" | "rows">; compact?: boolean; t: Translate; lang: Language;
}) {
  return (
    <>
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line y2="6" className="hatch-line" strokeWidth="2.5" />
        </pattern>
      </defs>
      <YGrid y={s.y} x1={M.left} x2={s.width - M.right} lang={lang} />
      {s.areas.map((a) => <path key={a.key} d={a.d} fill={REGION_COLOURS[a.key]} className="area" />)}
      <path d={s.inferredPath} fill="url(#hatch)" className="area-inferred" />
      {!compact && <path d={s.observerPath} className="line-observers" fill="none" />}
      {s.steps.map((st) => (
        <text key={st.year} x={st.x + 3} y={st.y - 4} className="bar-label step-mark"><title>{stepText(st, s.rows, t, lang)}</title>†</text>
      ))}
    </>
  );
});

export function GrowthView({ state: s, t, lang, level, toolbar, notice, bodyRef, compact }: GrowthViewProps) {
  const name = (r: StateRow) => countryName(r.country, lang);
  const summary = t("growth.summary", {
    // Counts as numbers (the messages choose plural forms and format them); years as text.
    year: String(s.last.year), total: s.last.total, inferred: s.last.inferred, first: s.first.total, observers: s.last.observers,
  });
  // One object per drawing (its pieces are kept per data and width), so the areas skip a year change.
  const areas = useMemo(
    () => ({ y: s.y, width: s.width, areas: s.areas, inferredPath: s.inferredPath, observerPath: s.observerPath, steps: s.steps, rows: s.rows }),
    [s.y, s.width, s.areas, s.inferredPath, s.observerPath, s.steps, s.rows],
  );
  return (
    <ChartFrame
      chart="growth"
      counted={!compact}
      level={level}
      title={t("growth.title")}
      toolbar={toolbar}
      notice={notice}
      summary={summary}
      legend={<GrowthLegend t={t} compact={compact} />}
      notes={compact ? undefined : <GrowthNotes steps={s.steps} rows={s.rows} t={t} lang={lang} />}
      table={compact ? undefined : (
        <DataTable
          caption={t("growth.tableCaption")}
          rows={s.rows}
          rowKey={(r) => r.country.id}
          columns={[
            { key: "state", label: t("col.state"), cell: name },
            { key: "region", label: t("col.region"), cell: (r) => t(`region.${r.country.region}`) },
            { key: "year", label: t("col.firstYear"), numeric: true, cell: (r) => r.first?.year ?? r.observerFrom?.year ?? "—" },
            { key: "how", label: t("col.how"), cell: (r) => howText(r, t, lang) },
            { key: "status", label: t("col.status"), cell: (r) => statusText(r, t) },
            { key: "evidence", label: t("col.evidence"), cell: (r) => {
              const e = r.first ?? r.observerFrom ?? r.evidence[0];
              const q = e ?? r.country.events[0];
              if (!q) return "";
              return <>{e?.inferred ? `${t("growth.inferred")}: ${e.inferred}. ` : ""}{q.source}: <q>{q.quote}</q></>;
            } },
          ]}
        />
      )}
    >
      <div ref={bodyRef}>
        <ChartSvg width={s.width} height={s.height} role="img" aria-label={summary}>
          <GrowthAreas s={areas} compact={compact} t={t} lang={lang} />
          {s.veil && <rect x={s.veil.x} y={M.top} width={s.veil.width} height={s.height - M.top - M.bottom} className="veil" />}
          {s.marker && (
            <g className="marker-line" transform={`translate(${s.marker.x},0)`}>
              <line y1={M.top} y2={s.height - M.bottom} />
              <text y={M.top + 10} x={4}>{name(s.marker.row)} {s.marker.row.first!.year}</text>
            </g>
          )}
          <XAxis y={s.height - M.bottom} x1={M.left} x2={s.width - M.right} ticks={s.ticks} />
        </ChartSvg>
      </div>
    </ChartFrame>
  );
}
