// The timeline's marks as memoised components with plain props: a filter change re-renders only
// the marks it fades in or out, and hovering one re-renders none.
import { memo, type KeyboardEvent } from "react";
import { useAtlasStore } from "../../state/store";
import { KIND_COLOURS } from "../../components/palette";
import type { EventKind } from "../../state/urlState";

interface MarkState {
  id: string;
  /** Accessible name: title, place, date. */
  label: string;
  interactive: boolean;
  selected: boolean;
  /** Outside the current filter: faded. */
  out: boolean;
}

function markAttributes({ id, label, interactive, selected, out }: MarkState) {
  const { select, hover } = useAtlasStore.getState();
  const toggle = () => select(selected ? null : id);
  return {
    tabIndex: interactive ? 0 : -1,
    role: interactive ? "button" : undefined,
    "aria-label": label,
    "aria-pressed": interactive ? selected : undefined,
    onClick: interactive ? toggle : undefined,
    onKeyDown: interactive ? (ev: KeyboardEvent) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); }
    } : undefined,
    onMouseEnter: () => hover(id),
    onMouseLeave: () => hover(null),
    onFocus: () => hover(id),
    onBlur: () => hover(null),
    className: `tl-mark${out ? " tl-mark--out" : ""}${selected ? " tl-mark--selected" : ""}`,
  };
}

/** A meeting in its kind's lane; faded when dated to the year only. */
export const EventMark = memo(function EventMark(props: MarkState & { x: number; y: number; kind: EventKind; imprecise: boolean }) {
  return (
    <g {...markAttributes(props)} transform={`translate(${props.x},${props.y})`}>
      <rect x={-3} y={-6} width={6} height={12} rx={1.5} fill={KIND_COLOURS[props.kind]} className={props.imprecise ? "tl-imprecise" : undefined} />
    </g>
  );
});

/** A ministerial conference: stem, dot on the axis, city and year, and its headline figure. */
export const Milestone = memo(function Milestone(props: MarkState & {
  cx: number;
  axisY: number;
  labelY: number;
  anchor: "start" | "middle" | "end";
  city: string;
  figure?: string;
}) {
  const { cx, axisY, labelY, anchor, city, figure } = props;
  return (
    <g {...markAttributes(props)}>
      <line x1={cx} x2={cx} y1={labelY + 20} y2={axisY} className="tl-milestone__stem" />
      <circle cx={cx} cy={axisY - 10} r={7} fill={KIND_COLOURS.conference} className="tl-milestone__dot" />
      <text x={cx} y={labelY} textAnchor={anchor} className="tl-milestone__city">{city}</text>
      {figure && <text x={cx} y={labelY + 15} textAnchor={anchor} className="tl-milestone__figure">{figure}</text>}
    </g>
  );
});
