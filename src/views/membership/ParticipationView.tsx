// The participation chart as a pure function of its state: one lane per kind of figure, bars as
// the sources state them, ⚠ links to the disagreement, and the figures that are not attendance
// said in words beside it.
import { ChartSvg } from "../../components/ChartSvg";
import { memo } from "react";
import type { ChartViewProps } from "./chartViewProps";
import type { Figure } from "../../data/schemas";
import { formatFigureValue } from "../../i18n/format";
import { ChartFrame } from "../../components/ChartFrame";
import { Legend } from "../../components/Legend";
import { DataTable } from "../../components/DataTable";
import type { Language } from "../../domain";
import type { Translate } from "../../i18n";
import { PARTICIPATION_MARGIN as M, type Column, type Lane, type ParticipationBar, type ParticipationState } from "./participationState";
import "../../i18n/membership";

export interface ParticipationViewProps extends ChartViewProps<ParticipationState> {
  /** Source ids to document titles, for the citations. */
  titles?: ReadonlyMap<string, string>;
  /** Selecting a conference; without it the columns are not controls. */
  onSelect?: (id: string) => void;
}

/** Horizontal distance between the ⚠ links of one figure: a glyph's width and a gap. */
const CONFLICT_STEP = 12;
const PEOPLE = new Set<Figure["kind"]>(["participants", "ministers", "officials", "delegates", "trainees"]);
const barClass = (k: Figure["kind"]) => `bar bar--${PEOPLE.has(k) ? "people" : k}`;

/** How a figure is said: its value, its kind, the title of its source. */
function words(t: Translate, lang: Language, titles?: ReadonlyMap<string, string>) {
  const value = (f: Figure) => formatFigureValue(f, lang, t("figure.over"), t("figure.about"));
  const kind = (k: Figure["kind"]) => t(`figure.kind.${k}`);
  const doc = (id: string) => titles?.get(id) ?? id;
  return { value, kind, doc };
}

// What each part takes to say its figures; the same objects for the life of the page.
interface Wording { t: Translate; lang: Language; titles?: ReadonlyMap<string, string> }

// The parts below are memoised on props that a year change leaves alone (the lanes, a column
// in or out of the years): a filter change redraws only the columns and bars it fades.
const ConferenceColumn = memo(function ConferenceColumn({ c, height, lanes, t, lang, titles, onSelect }: Wording & { c: Column; height: number; lanes: Lane[]; onSelect?: (id: string) => void }) {
  const { value, kind, doc } = words(t, lang, titles);
  const figs = lanes.flatMap((l) => l.bars.filter((b) => b.conference === c.id).map((b) => `${value(b.figure)} ${kind(b.figure.kind)} (${doc(b.figure.source)})`));
  // Starts with the visible label under the column: the year, then the place.
  const label = `${c.year} ${c.place}: ${figs.join(", ") || t("participation.noFigure")}`;
  const select = onSelect && (() => onSelect(c.id));
  return (
    <g className={`bar-group${c.out ? " bar-group--out" : ""}${c.selected ? " bar-group--selected" : ""}`}
       tabIndex={select ? 0 : undefined} role={select ? "button" : undefined} aria-label={select ? label : undefined}
       onClick={select} onKeyDown={select && ((e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(); } })}>
      <rect x={c.x} y={M.top} width={c.band} height={height - M.top - M.bottom} fill="transparent" />
      {/* One text, so the visible label reads "2019 Istanbul", as the accessible name starts. */}
      <text x={c.x + c.band / 2} y={height - M.bottom + 14} textAnchor="middle" className="axis-label">
        {c.year}{c.band > 56 && <tspan x={c.x + c.band / 2} dy={14} className="axis-label--small">{` ${c.place}`}</tspan>}
      </text>
    </g>
  );
});

const Bar = memo(function Bar({ b, out, zero, t, lang, titles }: Wording & { b: ParticipationBar; out: boolean; zero: number }) {
  const { value, kind, doc } = words(t, lang, titles);
  return (
    <g className={out ? "bar-group--out" : undefined}>
      <rect x={b.x} y={b.y} width={b.width} height={b.height} className={barClass(b.figure.kind)}>
        <title>{`${value(b.figure)} ${kind(b.figure.kind)} — ${doc(b.figure.source)}: “${b.figure.quote}”`}</title>
      </rect>
      <text x={b.x + b.width / 2} y={b.y - 3} textAnchor="middle" className="bar-label">{value(b.figure)}</text>
      {/* The disagreement's subject ends the name: one figure may link to several, and each link must say which. */}
      {/* Several disagreements on one figure stand side by side under it, one link each. */}
      {b.conflicts.map((c, i) => (
        <a key={c.id} href={`#conflict-${c.id}`} className="conflict-link" aria-label={`${t("participation.conflictLink")}: ${value(b.figure)} ${kind(b.figure.kind)}: ${c.subject}`}>
          <text x={b.x + b.width / 2 + (i - (b.conflicts.length - 1) / 2) * CONFLICT_STEP} y={zero + 12} textAnchor="middle">⚠</text>
        </a>
      ))}
    </g>
  );
});

const LaneBase = memo(function LaneBase({ l, width, t }: { l: Lane; width: number; t: Translate }) {
  return (
    <>
      <line x1={M.left} x2={width - M.right} y1={l.y(0)} y2={l.y(0)} className="lane-base" stroke="currentColor" strokeOpacity={0.3} />
      <text x={M.left} y={l.top + 12} className="lane-label">{t("participation.lane", { kind: t(`figure.kind.${l.kind}`) })}</text>
    </>
  );
});

const ParticipationLegend = memo(function ParticipationLegend({ lanes, t }: { lanes: Lane[]; t: Translate }) {
  return (
    <Legend items={[
      ...lanes.map((l) => ({ key: l.kind, label: t(`figure.kind.${l.kind}`), swatch: PEOPLE.has(l.kind) ? "people" : l.kind === "countries" ? "countries" : l.kind === "organisations" ? "organisations" : "mixed" })),
      { key: "conflict", label: t("participation.conflictLegend"), symbol: "⚠" },
    ]} />
  );
});

const ParticipationNotes = memo(function ParticipationNotes({ notAttendance, conflicts, t, lang, titles }: Wording & Pick<ParticipationState, "notAttendance" | "conflicts">) {
  const { value, kind, doc } = words(t, lang, titles);
  return (
    <>
      {notAttendance.map((r) => (
        <p key={r.key} className="chart__note">
          {t("participation.notAttendance", { value: value(r.figure!), kind: kind(r.figure!.kind), year: r.year, label: r.figure!.label ?? r.figure!.quote })} — {doc(r.figure!.source)}: <q>{r.figure!.quote}</q>
        </p>
      ))}
      {conflicts.length > 0 && (
        <details className="conflict-notes">
          <summary>⚠ {t("participation.conflictSummary", { n: conflicts.length })}</summary>
          <ul>
            {conflicts.map((c) => (
              <li key={c.id}><a href={`#conflict-${c.id}`}>{c.subject}</a>: {c.values.map((v) => `${v.value} (${doc(v.source)})`).join(` ${t("word.versus")} `)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
});

export function ParticipationView({ state: s, t, lang, level, titles, toolbar, notice, bodyRef, onSelect }: ParticipationViewProps) {
  const { value, kind, doc } = words(t, lang, titles);
  const summary = t("participation.summary", {
    n: s.inRange,
    latest: s.latest ? `${s.latest.place} ${s.latest.year}` : "—",
    figures: s.latest ? s.latest.figures.map((f) => `${value(f)} ${kind(f.kind)} (${doc(f.source)})`).join("; ") : "—",
    conflicts: s.conflicts.length,
  });
  const out = new Set(s.columns.filter((c) => c.out).map((c) => c.id));
  return (
    <ChartFrame
      chart="participation"
      level={level}
      title={t("participation.title")}
      toolbar={toolbar}
      notice={notice}
      summary={summary}
      legend={<ParticipationLegend lanes={s.lanes} t={t} />}
      notes={<ParticipationNotes notAttendance={s.notAttendance} conflicts={s.conflicts} t={t} lang={lang} titles={titles} />}
      table={
        <DataTable
          caption={t("participation.tableCaption")}
          rows={s.rows}
          rowKey={(r) => r.key}
          columns={[
            { key: "conf", label: t("col.conference"), cell: (r) => `${r.conference.ordinal}. ${r.place} ${r.year}` },
            { key: "value", label: t("col.value"), numeric: true, cell: (r) => (r.figure ? value(r.figure) : t("participation.noFigure")) },
            { key: "kind", label: t("col.kind"), cell: (r) => (r.figure ? `${kind(r.figure.kind)}${r.attendance ? "" : ` — ${r.figure.label ?? ""}`}` : "") },
            { key: "src", label: t("col.source"), cell: (r) => (r.figure ? <>{doc(r.figure.source)}: <q>{r.figure.quote}</q>{r.conflicts.map((c) => <a key={c.id} href={`#conflict-${c.id}`} aria-label={`⚠ ${t("participation.conflictLink")}: ${c.subject}`}> ⚠</a>)}</> : "") },
          ]}
        />
      }
    >
      <div ref={bodyRef}>
        {/* A group, not an image, when it holds buttons or links: an image may not hold controls. */}
        <ChartSvg width={s.width} height={s.height} role={onSelect || s.conflicts.length ? "group" : "img"} aria-label={summary}>
          {s.columns.map((c) => <ConferenceColumn key={c.id} c={c} height={s.height} lanes={s.lanes} t={t} lang={lang} titles={titles} onSelect={onSelect} />)}
          {s.lanes.map((l) => (
            <g key={l.kind} className="lane">
              <LaneBase l={l} width={s.width} t={t} />
              {l.bars.map((b) => <Bar key={b.key} b={b} out={out.has(b.conference)} zero={l.y(0)} t={t} lang={lang} titles={titles} />)}
            </g>
          ))}
        </ChartSvg>
      </div>
    </ChartFrame>
  );
}
