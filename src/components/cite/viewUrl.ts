// Where "Cite this" gets the URL of the view it cites. A shell may provide its own; by default it
// is the address the reader is on (the explorer and each embed keep their state in it). The
// getter runs when the citation opens, never during render, so server rendering is unaffected.
import { createContext } from "react";

export const ViewUrl = createContext<() => string>(() => (typeof location === "undefined" ? "" : location.href));
