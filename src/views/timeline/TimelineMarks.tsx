// The timeline's marks as memoised components with plain props: a filter change re-renders only
// the marks it fades in or out, and hovering one re-renders none. They draw what timelineState
// placed and report clicks and hovers through callbacks; they read no store.
import { memo, type KeyboardEvent } from "react";
import { KIND_COLOURS } from "../../components/palette";
import type { AxisSpec, Drawn, LaneSpec, MarkSpec, MilestoneSpec, PhaseBand, Segment, TextSpec } from "./timelineState";

export interface MarkHandlers {
  /** A mark was chosen; null when the chosen mark is chosen again (a toggle). */
  onSelect?: (id: string | null) => void;
  onHover?: (id: string | null) => void;
}

interface MarkBehaviour extends MarkHandlers {
  /** Focusable and clickable. */
  interactive: boolean;
  /** Clicking toggles the selection (explorer); otherwise it jumps to the mark (stage). */
  toggles: boolean;
}

function markAttributes(id: string, name: string, selected: boolean, current: boolean, className: string, b: MarkBehaviour) {
  const active = b.interactive && b.onSelect !== undefined;
  const choose = () => b.onSelect?.(b.toggles && selected ? null : id);
  const enter = b.onHover && (() => b.onHover!(id));
  const leave = b.onHover && (() => b.onHover!(null));
  return {
    tabIndex: active ? 0 : -1,
    role: active ? "button" : undefined,
    "aria-label": name || undefined,
    "aria-pressed": active && b.toggles ? selected : undefined,
    "aria-current": current ? ("step" as const) : undefined,
    onClick: active ? choose : undefined,
    onKeyDown: active ? (ev: KeyboardEvent) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); choose(); }
    } : undefined,
    onMouseEnter: enter,
    onMouseLeave: leave,
    onFocus: enter,
    onBlur: leave,
    className: `${className}${selected ? " tl-mark--selected" : ""}${current ? " tl-mark--current" : ""}`,
  };
}

export const Line = memo(function Line({ s, className }: { s: Segment; className?: string }) {
  return <line x1={s[0]} y1={s[1]} x2={s[2]} y2={s[3]} className={className} />;
});

export const Text = memo(function Text({ spec, className }: { spec: TextSpec; className?: string }) {
  return (
    <text x={spec.x} y={spec.y} textAnchor={spec.anchor} className={className} transform={spec.rotate ? `rotate(-90 ${spec.x} ${spec.y})` : undefined}>
      {spec.text}
    </text>
  );
});

/** The lanes' base lines: per geometry, the same on every filter change. */
export const Lanes = memo(function Lanes({ lanes }: { lanes: readonly LaneSpec[] }) {
  return <>{lanes.map((l) => <g key={l.kind} className="tl-lane"><Line s={l.line} /></g>)}</>;
});

/** The year axis: per geometry, the same on every filter change. */
export const Axis = memo(function Axis({ axis }: { axis: AxisSpec }) {
  return (
    <g className="tl-axis">
      <Line s={axis.line} />
      {axis.ticks.map((tk) => (
        <g key={tk.year} transform={`translate(${tk.x},${tk.y})`}>
          <line x2={tk.tick[0]} y2={tk.tick[1]} />
          <Text spec={tk.label} />
        </g>
      ))}
    </g>
  );
});

/** A meeting in its kind's lane; faded when dated to the year only. */
export const EventMark = memo(function EventMark(props: Drawn<MarkSpec> & MarkBehaviour) {
  const { id, name, selected, out, x, y, kind, imprecise } = props;
  return (
    <g {...markAttributes(id, name, selected, false, `tl-mark${out ? " tl-mark--out" : ""}`, props)} transform={`translate(${x},${y})`}>
      <rect x={-3} y={-6} width={6} height={12} rx={1.5} fill={KIND_COLOURS[kind]} className={imprecise ? "tl-imprecise" : undefined} />
    </g>
  );
});

/**
 * A ministerial conference: stem, dot on the axis, city and year, and its headline figure. The
 * figure stands beside the button, not in it: SVG text runs together ("Berlin 199127 countries"),
 * so inside it would break the rule that the name starts with what the button shows. The name
 * says the figure right after the city and year.
 */
export const Milestone = memo(function Milestone(props: Drawn<MilestoneSpec> & MarkBehaviour) {
  const { id, name, selected, current, out, dot, stem, city, figure } = props;
  return (
    <>
      <g {...markAttributes(id, name, selected, current, `tl-mark tl-milestone${out ? " tl-mark--out" : ""}`, props)}>
        <Line s={stem} className="tl-milestone__stem" />
        <circle cx={dot.x} cy={dot.y} r={dot.r} fill={KIND_COLOURS.conference} className="tl-milestone__dot" />
        <Text spec={city} className="tl-milestone__city" />
      </g>
      {figure && <g className={out ? "tl-mark--out" : undefined} aria-hidden="true"><Text spec={figure} className="tl-milestone__figure" /></g>}
    </>
  );
});

/** A phase: its band and name; on the stage, a button that jumps to the phase. */
export const Phase = memo(function Phase(props: PhaseBand & MarkBehaviour) {
  const { id, name, number, band, shade, label, current } = props;
  return (
    // Named only where it is a button: elsewhere its visible label is its name.
    <g {...markAttributes(id, props.onSelect ? name : "", false, current, `tl-phase tl-phase--${number % 2 ? "odd" : "even"}`, props)}>
      <rect {...band} />
      <rect {...shade} className="tl-phase__shade" />
      <Text spec={label} />
      {/* A shortened name shows whole as a tooltip on the chart; on the stage the button's name has it. */}
      {!props.onSelect && !name.startsWith(`${label.text},`) && <title>{name}</title>}
    </g>
  );
});
