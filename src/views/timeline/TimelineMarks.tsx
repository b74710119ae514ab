// The timeline's marks as memoised components with plain props: a filter change re-renders only
// the marks it fades in or out, and hovering one re-renders none. They draw what timelineState
// placed and report clicks and hovers through callbacks; they read no store.
import { memo, type KeyboardEvent } from "react";
import { KIND_COLOURS } from "../../components/palette";
import type { Drawn, MarkSpec, MilestoneSpec, PhaseBand, TextSpec } from "./timelineState";

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
  return {
    tabIndex: active ? 0 : -1,
    role: active ? "button" : undefined,
    "aria-label": name,
    "aria-pressed": active && b.toggles ? selected : undefined,
    "aria-current": current ? ("step" as const) : undefined,
    onClick: active ? choose : undefined,
    onKeyDown: active ? (ev: KeyboardEvent) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); choose(); }
    } : undefined,
    onMouseEnter: b.onHover && (() => b.onHover!(id)),
    onMouseLeave: b.onHover && (() => b.onHover!(null)),
    onFocus: b.onHover && (() => b.onHover!(id)),
    onBlur: b.onHover && (() => b.onHover!(null)),
    className: `${className}${selected ? " tl-mark--selected" : ""}${current ? " tl-mark--current" : ""}`,
  };
}

export function Text({ spec, className }: { spec: TextSpec; className?: string }) {
  return (
    <text x={spec.x} y={spec.y} textAnchor={spec.anchor} className={className} transform={spec.rotate ? `rotate(-90 ${spec.x} ${spec.y})` : undefined}>
      {spec.text}
    </text>
  );
}

/** A meeting in its kind's lane; faded when dated to the year only. */
export const EventMark = memo(function EventMark(props: Drawn<MarkSpec> & MarkBehaviour) {
  const { id, name, selected, out, x, y, kind, imprecise } = props;
  return (
    <g {...markAttributes(id, name, selected, false, `tl-mark${out ? " tl-mark--out" : ""}`, props)} transform={`translate(${x},${y})`}>
      <rect x={-3} y={-6} width={6} height={12} rx={1.5} fill={KIND_COLOURS[kind]} className={imprecise ? "tl-imprecise" : undefined} />
    </g>
  );
});

/** A ministerial conference: stem, dot on the axis, city and year, and its headline figure. */
export const Milestone = memo(function Milestone(props: Drawn<MilestoneSpec> & MarkBehaviour) {
  const { id, name, selected, current, out, dot, stem, city, figure } = props;
  return (
    <g {...markAttributes(id, name, selected, current, `tl-mark tl-milestone${out ? " tl-mark--out" : ""}`, props)}>
      <line x1={stem[0]} y1={stem[1]} x2={stem[2]} y2={stem[3]} className="tl-milestone__stem" />
      <circle cx={dot.x} cy={dot.y} r={dot.r} fill={KIND_COLOURS.conference} className="tl-milestone__dot" />
      <Text spec={city} className="tl-milestone__city" />
      {figure && <Text spec={figure} className="tl-milestone__figure" />}
    </g>
  );
});

/** A phase: its band and name; on the stage, a button that jumps to the phase. */
export const Phase = memo(function Phase(props: PhaseBand & MarkBehaviour) {
  const { id, name, number, band, shade, label, current } = props;
  const cls = `tl-phase tl-phase--${number % 2 ? "odd" : "even"}`;
  const body = (
    <>
      <rect x={band.x} y={band.y} width={band.width} height={band.height} />
      <rect x={shade.x} y={shade.y} width={shade.width} height={shade.height} className="tl-phase__shade" />
      <Text spec={label} />
    </>
  );
  if (!props.onSelect || !props.interactive) return <g className={`${cls}${current ? " tl-mark--current" : ""}`}>{body}</g>;
  return <g {...markAttributes(id, name, false, current, `${cls} tl-phase--button`, props)}>{body}</g>;
});
