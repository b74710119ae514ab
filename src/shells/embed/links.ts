// The links moved to src/state/links.ts, below the components that build them (the share dialog).
export * from "../../state/links";
