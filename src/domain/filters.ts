// The filters that link every view: a span of years, kinds of event, a host country or region.
import { FIRST_YEAR, LAST_YEAR, type EventKind, type Region } from "./vocabulary";

export interface Filters {
  from: number;
  to: number;
  /** Empty means every kind. */
  types: EventKind[];
  /** ISO alpha-3 code, or null for all countries. */
  country: string | null;
  /** Region group of the host country, or null for all regions. */
  region: Region | null;
}

export const DEFAULT_FILTERS: Filters = { from: FIRST_YEAR, to: LAST_YEAR, types: [], country: null, region: null };
