// The per-year chart as a pure function of its state: held meetings by kind, planned ones
// dashed, other items in their own row, period-dated items as ranges. Only draws.
import { ChartSvg } from "../../components/ChartSvg";
import { memo } from "react";
import type { ChartViewProps } from "./chartViewProps";
import type { Translate } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { eventTitle } from "../../selectors/events";
import { ChartFrame } from "../../components/ChartFrame";
import { YGrid } from "../../components/YGrid";
import { XAxis } from "../../components/axis/XAxis";
import { Legend } from "../../components/Legend";
import { DataTable } from "../../components/DataTable";
import { KIND_COLOURS } from "../../components/palette";
import type { Language } from "../../domain";
import { PER_YEAR_MARGIN as M, type MovedMark, type PeriodMark, type PerYearState, type TableRow, type YearColumn } from "./perYearState";
import "../../i18n/membership";

export interface PerYearViewProps extends ChartViewProps<PerYearState> {
  /** Picking a year; without it the bars are not controls. */
  onPickYear?: (year: number) => void;
}

const YearBars = memo(function YearBars({ c, otherY, t, onPick }: { c: YearColumn; otherY: number; t: Translate; onPick?: (year: number) => void }) {
  if (!c.segments.length && !c.planned && !c.other) return null;
  return (
    <g className={`year-bars${c.out ? " year-bars--out" : ""}${onPick ? " year-bars--pick" : ""}`} onClick={onPick && (() => onPick(c.year))}>
      {c.segments.map((s) => (
        <rect key={s.kind} x={c.x} width={c.width} y={s.y} height={s.height} fill={KIND_COLOURS[s.kind]}>
          <title>{`${c.year}: ${c.row.byKind[s.kind]} × ${t(`kind.${s.kind}`)}`}</title>
        </rect>
      ))}
      {c.planned && (
        <rect x={c.x + 0.5} width={c.width - 1} y={c.planned.y} height={c.planned.height} className="bar--planned">
          <title>{`${c.year}: ${c.row.planned} × ${t("perYear.planned")}`}</title>
        </rect>
      )}
      {c.other > 0 && (
        // A drawn diamond, not a glyph: it narrows with the year's band, so neighbours never touch on a phone.
        <path d={diamond(c.x + c.width / 2, otherY, Math.min(4, c.width / 2 - 0.5))} className="other-mark">
          <title>{`${c.year}: ${c.other} × ${t("perYear.other")}`}</title>
        </path>
      )}
    </g>
  );
});

const diamond = (x: number, y: number, r: number) => `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

const movedText = (m: MovedMark, t: Translate, lang: Language) =>
  `${eventTitle(m.moved.event, lang)}: ${m.moved.planned} — ${t("perYear.movedTo", { date: formatEventDate(m.moved.event.date, lang) })}`;

// The legend, notes and marks a year change leaves alone are memoised on the state's per-data
// pieces; a column or range is redrawn only when it is faded in or out.
const PerYearLegend = memo(function PerYearLegend({ kinds, t }: { kinds: PerYearState["kinds"]; t: Translate }) {
  return (
    <Legend items={[
      ...kinds.map((k) => ({ key: k, label: t(`kind.${k}`), colour: KIND_COLOURS[k] })),
      { key: "planned", label: t("perYear.planned"), swatch: "planned" },
      { key: "other", label: t("perYear.other"), symbol: "◆" },
      { key: "period", label: t("perYear.periodLegend"), swatch: "period" },
    ]} />
  );
});

const MovedNotes = memo(function MovedNotes({ moved, t, lang }: { moved: MovedMark[]; t: Translate; lang: Language }) {
  return (
    <>
      {moved.map((m) => (
        <p key={m.key} className="chart__note">
          {`${m.moved.plannedYear}: ${eventTitle(m.moved.event, lang)} — ${t("perYear.movedTo", { date: formatEventDate(m.moved.event.date, lang) })}`}
        </p>
      ))}
    </>
  );
});

const MovedMarks = memo(function MovedMarks({ moved, t, lang }: { moved: MovedMark[]; t: Translate; lang: Language }) {
  return (
    <>
      {moved.map((m) => (
        <rect key={m.key} x={m.x + 0.5} width={m.width - 1} y={m.y} height={m.height} className="bar--planned">
          <title>{movedText(m, t, lang)}</title>
        </rect>
      ))}
    </>
  );
});

const Period = memo(function Period({ p, width, t, lang }: { p: PeriodMark; width: number; t: Translate; lang: Language }) {
  return (
    <g className={p.out ? "year-bars--out" : undefined}>
      <line x1={p.x1} x2={p.x2} y1={p.y} y2={p.y} className="period-range">
        <title>{`${t("perYear.period", { from: p.row.from, to: p.row.to })}: ${p.row.items.map((e) => eventTitle(e, lang)).join("; ")}`}</title>
      </line>
      {/* The label sits on the side of the range with room for it. */}
      <text x={p.x1 > width / 2 ? p.x1 - 4 : p.x2 + 4} y={p.y + 4} textAnchor={p.x1 > width / 2 ? "end" : "start"} className="bar-label">
        {`${p.row.total} · ${t("perYear.period", { from: p.row.from, to: p.row.to })}`}
      </text>
    </g>
  );
});

export function PerYearView({ state: s, t, lang, level, toolbar, notice, bodyRef, onPickYear }: PerYearViewProps) {
  const sum = s.summary;
  const summary = t("perYear.summary", {
    count: sum.count, total: sum.total, from: String(sum.from), to: String(sum.to), busiest: String(sum.busiest ?? "—"), busiestCount: sum.busiestCount,
  });
  const label = (r: TableRow) => (r.from === r.to ? r.label : t("perYear.period", { from: r.from, to: r.to }));
  return (
    <ChartFrame
      chart="per-year"
      level={level}
      title={t("perYear.title")}
      toolbar={toolbar}
      notice={notice}
      summary={summary}
      legend={<PerYearLegend kinds={s.kinds} t={t} />}
      notes={<MovedNotes moved={s.moved} t={t} lang={lang} />}
      table={
        <DataTable
          caption={t("perYear.tableCaption")}
          rows={s.rows}
          rowKey={(r) => r.key}
          columns={[
            { key: "year", label: t("col.year"), cell: (r) => r.label },
            { key: "total", label: t("col.total"), numeric: true, cell: (r) => r.row.total },
            { key: "held", label: t("col.held"), numeric: true, cell: (r) => r.row.held },
            { key: "planned", label: t("col.planned"), numeric: true, cell: (r) => r.row.planned },
            { key: "other", label: t("col.other"), numeric: true, cell: (r) => r.row.other },
            ...s.kinds.map((k) => ({ key: k, label: t(`kind.${k}`), numeric: true, cell: (r: TableRow) => r.row.byKind[k] ?? 0 })),
            { key: "dated", label: t("col.date"), cell: (r) => (r.from === r.to ? "" : label(r)) },
          ]}
        />
      }
    >
      <div ref={bodyRef}>
        <ChartSvg width={s.width} height={s.height} role="img" aria-label={summary}>
          <YGrid y={s.y} x1={M.left} x2={s.width - M.right} lang={lang} />
          {s.columns.map((c) => <YearBars key={c.year} c={c} otherY={s.otherY} t={t} onPick={onPickYear} />)}
          <MovedMarks moved={s.moved} t={t} lang={lang} />
          <XAxis y={s.plotBottom} labelY={18} x1={M.left} x2={s.width - M.right} ticks={s.ticks} />
          {s.periods.map((p) => <Period key={p.key} p={p} width={s.width} t={t} lang={lang} />)}
        </ChartSvg>
      </div>
    </ChartFrame>
  );
}
