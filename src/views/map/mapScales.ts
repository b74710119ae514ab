// The derived parts of the map as pure functions: which world-atlas shape is which country,
// how a country is shaded, how large a marker is, and what the first view must show.
import { scaleSequentialSqrt, scaleSqrt } from "d3-scale";
import { interpolateRgbBasis } from "d3-interpolate";

/**
 * d3's interpolateBlues (ColorBrewer Blues, 9 classes), built as d3-scale-chromatic builds it.
 * Imported from there it brought every other scheme along: several kilobytes on the map's path.
 */
const interpolateBlues = interpolateRgbBasis(["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]);

export type MapTheme = "light" | "dark";

/**
 * ISO 3166-1 numeric code → alpha-3 code, for the countries in countries.json only.
 * The pairs are a public fact (ISO 3166-1, also published as UN M49), not project data.
 * world-atlas (Natural Earth 1:110m) names its shapes by the numeric code as a 3-digit string;
 * Liechtenstein (438) is too small to have a shape at that scale and simply never matches.
 * Historic states (Soviet Union 810, Yugoslavia 891) and the EU group have no present-day
 * shape and are left out on purpose.
 */
export const NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  "004": "AFG", "008": "ALB", "031": "AZE", "036": "AUS", "040": "AUT", "050": "BGD",
  "051": "ARM", "056": "BEL", "070": "BIH", "100": "BGR", "112": "BLR", "124": "CAN",
  "156": "CHN", "191": "HRV", "196": "CYP", "203": "CZE", "208": "DNK", "233": "EST", "246": "FIN", "250": "FRA",
  "268": "GEO", "276": "DEU", "300": "GRC", "348": "HUN", "356": "IND", "364": "IRN",
  "368": "IRQ", "372": "IRL", "380": "ITA", "398": "KAZ", "417": "KGZ", "428": "LVA",
  "438": "LIE", "440": "LTU", "442": "LUX", "470": "MLT", "498": "MDA", "499": "MNE", "528": "NLD",
  "578": "NOR", "586": "PAK", "616": "POL", "620": "PRT", "642": "ROU", "643": "RUS",
  "688": "SRB", "703": "SVK", "705": "SVN", "724": "ESP", "752": "SWE", "756": "CHE",
  "762": "TJK", "792": "TUR", "795": "TKM", "804": "UKR", "807": "MKD", "826": "GBR",
  "840": "USA", "860": "UZB",
};

/** Alpha-3 code for a world-atlas feature id ("040", 40, "40"), or undefined when unknown. */
export function alpha3FromNumeric(id: string | number | undefined | null): string | undefined {
  if (id === undefined || id === null || id === "") return undefined;
  const s = String(id).trim();
  if (!/^\d{1,3}$/.test(s)) return undefined;
  return NUMERIC_TO_ALPHA3[s.padStart(3, "0")];
}

export interface MapPalette {
  /** Countries that hosted nothing in the selection, and their borders. */
  land: string;
  border: string;
  /** Border of a shaded (host) country: a second cue besides the fill. */
  hostBorder: string;
  meeting: string;
  conference: string;
  /** Ring drawn around the selected place. */
  selected: string;
  /** Thin outline that keeps a meeting marker visible on a strongly shaded host country. */
  halo: string;
}

// Okabe–Ito blue and orange for markers, as in components/palette.ts; greys for the land.
export function mapPalette(theme: MapTheme): MapPalette {
  return theme === "dark"
    ? { land: "#3a3e45", border: "#5b616b", hostBorder: "#c6dbef", meeting: "#56B4E9", conference: "#E69F00", selected: "#ffffff", halo: "#111418" }
    : { land: "#dcdcdc", border: "#ffffff", hostBorder: "#08306b", meeting: "#0072B2", conference: "#E69F00", selected: "#111111", halo: "#ffffff" };
}

/**
 * Parts of d3.interpolateBlues each theme uses, [fewest, most]. Light: pale to dark blue on a
 * light ground. Dark: reversed, so the busiest host is the one that stands out most from the
 * dark ground. Neither end comes near the neutral grey of countries that hosted nothing.
 */
const BLUES_RANGE: Record<MapTheme, [number, number]> = { light: [0.35, 0.9], dark: [0.75, 0.2] };

/**
 * Fill for a count of hosted events: neutral grey for none, else a sequential
 * colour-blind-safe blue on a square-root scale from 1 to the largest count (one country
 * hosting most events would otherwise leave every other host the same pale blue).
 */
export function countryColourScale(maxCount: number, theme: MapTheme): (count: number | undefined) => string {
  const [a, b] = BLUES_RANGE[theme];
  const land = mapPalette(theme).land;
  const max = Math.max(1, maxCount);
  const scale = scaleSequentialSqrt((t: number) => interpolateBlues(a + (b - a) * t))
    .domain(max > 1 ? [1, max] : [0, 1])
    .clamp(true);
  return (count) => (count === undefined || !(count > 0) ? land : scale(count));
}

/** Stops for the HTML legend's gradient, fewest to most. */
export function legendStops(maxCount: number, theme: MapTheme, n = 6): string[] {
  const colour = countryColourScale(maxCount, theme);
  const max = Math.max(1, maxCount);
  return Array.from({ length: n }, (_, i) => colour(max <= 1 ? 1 : 1 + ((max - 1) * i) / (n - 1)));
}

export const MIN_RADIUS = 4;
export const MAX_RADIUS = 22;

/** Marker radius: area proportional to the number of events, never smaller than a clickable dot. */
export function radiusScale(maxCount: number, maxRadius = MAX_RADIUS, minRadius = MIN_RADIUS): (count: number) => number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, maxRadius]).clamp(true);
  return (count) => Math.max(minRadius, scale(Math.max(0, count)));
}

export type LatLngPair = [number, number];

/** South-west and north-east corners around the given points, or null when there are none. */
export function boundsOf(points: readonly { lat: number; lon: number }[]): [LatLngPair, LatLngPair] | null {
  if (points.length === 0) return null;
  let s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
  for (const p of points) {
    s = Math.min(s, p.lat); n = Math.max(n, p.lat);
    w = Math.min(w, p.lon); e = Math.max(e, p.lon);
  }
  return [[s, w], [n, e]];
}
