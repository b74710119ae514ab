// A chart's drawing as an element that others in its frame can reach by ref (the downloads
// export it), without searching the page for it. ChartFrame provides the ref; a view draws
// into <ChartSvg> instead of <svg>, or attaches useChartSvgRef() to the element it draws into.
import { createContext, useContext, type RefObject, type SVGProps } from "react";

export type ChartSvgRef = RefObject<SVGSVGElement | null>;

export const ChartSvgContext = createContext<ChartSvgRef | null>(null);

export function useChartSvgRef(): ChartSvgRef | null {
  return useContext(ChartSvgContext);
}

export function ChartSvg(props: SVGProps<SVGSVGElement>) {
  const ref = useChartSvgRef();
  // With a viewBox a drawing narrower than its box scales down instead of being cut: the box a
  // prerendered chart holds until it has measured itself.
  const { width, height } = props;
  const viewBox = props.viewBox ?? (width && height ? `0 0 ${width} ${height}` : undefined);
  return <svg ref={ref ?? undefined} {...props} viewBox={viewBox} />;
}
