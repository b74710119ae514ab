// Colour-blind-safe colours (Okabe–Ito, plus greys) for event kinds and regions, so every
// chart and the legend agree. Kinds are also told apart by lane and label, never colour alone.
import type { EventKind } from "../domain";
import type { Region } from "../data/schemas";

export const KIND_COLOURS: Record<EventKind, string> = {
  conference: "#E69F00",
  som: "#0072B2",
  "working-group": "#009E73",
  thematic: "#56B4E9",
  preparatory: "#CC79A7",
  consultation: "#D55E00",
  joint: "#8C6D1F",
  training: "#7F7F7F",
  "study-visit": "#332288",
  launch: "#B8A800",
};

export const REGION_COLOURS: Record<Region, string> = {
  "eu-efta": "#0072B2",
  "south-east-europe": "#E69F00",
  "eastern-europe-caucasus": "#009E73",
  "central-asia": "#CC79A7",
  "silk-routes": "#D55E00",
  other: "#7F7F7F",
};
