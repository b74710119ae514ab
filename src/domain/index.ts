// The domain vocabulary in one import.
export * from "./vocabulary";
export * from "./charts";
export * from "./filters";
export * from "./theme";
export * from "./translations";
export * from "./dates";
export * from "./embed";
export * from "./ids";
