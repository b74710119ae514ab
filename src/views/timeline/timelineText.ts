// The words on and behind the timeline: milestone labels, figures and accessible names. Every
// name that goes with visible text starts with that text (WCAG 2.5.3), so "click Berlin 1991"
// works for a voice-control user.
import type { Language, Phase } from "../../data/schemas";
import type { Translate } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { eventTitle, type AtlasEvent } from "../../selectors/events";
import { textWidth } from "./timelineLayout";

export interface MilestoneText { city: string; figure?: string; name: string }
export interface PhaseText { full: string; short: string; number: string; name: string }

export const placeName = (e: AtlasEvent, t: Translate) =>
  e.place?.name ?? t(e.format === "virtual" ? "place.virtual" : "place.unstated");

/** Accessible name of a mark without visible text: title, place, date. */
export const markName = (e: AtlasEvent, lang: Language, t: Translate) =>
  `${eventTitle(e, lang)}, ${placeName(e, t)}, ${formatEventDate(e.date, lang)}`;

export function milestoneText(e: AtlasEvent, lang: Language, t: Translate, withFigure: boolean): MilestoneText {
  const city = `${e.place?.name ?? ""} ${e.year}`.trim();
  const headlines = withFigure ? e.figures.filter((f) => f.kind === "countries" || f.kind === "countries-and-organisations") : [];
  const shown = headlines[0] && t(`figure.short.${headlines[0].kind}`, { n: headlines[0].value });
  // The warning sign marks a figure the sources disagree on; it is not a word, so the name leaves it out.
  const figure = shown && `${shown}${headlines.length > 1 ? " ⚠" : ""}`;
  const name = [city, shown, eventTitle(e, lang), formatEventDate(e.date, lang)].filter(Boolean).join(", ");
  return { city, figure, name };
}

export function phaseText(p: Phase, lang: Language, t: Translate): PhaseText {
  const short = t("phase.label", { n: p.number });
  const full = `${short}: ${p.translations?.[lang]?.title ?? p.title}`;
  return { full, short, number: String(p.number), name: `${full}, ${p.start}–${p.end}` };
}

const ELLIPSIS = "…";

/**
 * The longest of the phase's labels that fits in `space` pixels at `px` pixels a character: the
 * full one, the number and as many whole words of the title as fit with an ellipsis (across the
 * page only: `shorten`), "Phase n", or the bare number. Each is the start of the full label, so
 * the accessible name, which starts with the full label, starts with what is shown (WCAG 2.5.3).
 */
export function fittingPhaseLabel(text: PhaseText, space: number, px: number, shorten = true): string {
  const fits = (s: string) => textWidth(s, px) + 8 < space;
  if (fits(text.full)) return text.full;
  if (shorten) {
    const words = text.full.slice(text.short.length + 1).trim().split(/\s+/);
    for (let n = words.length - 1; n > 0; n--) {
      const label = `${text.short}: ${words.slice(0, n).join(" ").replace(/[\s,;:.–-]+$/, "")}${ELLIPSIS}`;
      if (fits(label)) return label;
    }
  }
  return fits(text.short) ? text.short : text.number;
}
