// The presenter's strip: the same TimelineView in its "strip" variant, fed with the datasets
// and the step the presenter is on. It reads no filters and writes none: what it shows comes
// from its props, and a click only reports the mark through onSelect.
import { useMemo } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useT, useLanguage } from "../../i18n";
import { useWidth } from "../../components/useSize";
import { toEvents } from "../../selectors/events";
import { stripState } from "./stripState";
import { TimelineView } from "./TimelineView";

const FILES = ["conferences", "meetings", "places", "phases"] as const;

export interface TimelineStripProps {
  /** The current step: a conference or phase id, or a year. */
  highlight?: string | number | null;
  /** A conference or phase mark was clicked or pressed: its id. */
  onSelect?: (id: string) => void;
  /** Type size of the labels, in the stage's pixels. */
  fontSize?: number;
  /** Width before the box is measured (server render, tests). */
  width?: number;
}

export default function TimelineStrip({ highlight = null, onSelect, fontSize = 24, width: initialWidth = 1200 }: TimelineStripProps) {
  const t = useT();
  const lang = useLanguage();
  const loaded = useDatasets(FILES);
  const [ref, width] = useWidth<HTMLDivElement>(initialWidth);
  const data = loaded.status === "ready" ? loaded.data : undefined;
  const events = useMemo(() => data && toEvents(data.conferences, data.meetings, data.places), [data]);
  const state = useMemo(
    () => events && data && stripState({ events, phases: data.phases, width, lang, t, fontSize, highlight }),
    [events, data, width, lang, t, fontSize, highlight],
  );
  if (!state) return <div ref={ref} className="timeline timeline--strip" />;
  return <TimelineView state={state} t={t} interactive={!!onSelect} onSelect={onSelect && ((id) => id && onSelect(id))} sizeRef={ref} />;
}
