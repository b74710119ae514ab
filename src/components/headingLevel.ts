// The level of a chart's heading under its page's headings: h3 below the explorer's view
// sections (h1 > h2 > h3), h2 right below an embed's h1, so no level is skipped.
import { createContext } from "react";

export const ChartHeadingLevel = createContext<2 | 3>(3);
