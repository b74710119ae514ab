// Whether the reader asked for less motion: the map then jumps instead of flying.
const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && (window.matchMedia?.(REDUCED_MOTION).matches ?? false);
}
