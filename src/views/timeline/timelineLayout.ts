// Helpers of the timeline's geometry: label rows and text widths.

/**
 * Assigns each label (in x order) to the first row where it does not overlap the previous
 * label, so milestone names stay readable at any width. Widths are estimates in pixels.
 */
export function labelRows(centres: number[], widths: number[], rows: number): number[] {
  return placeLabels(centres, widths, rows).rows;
}

/** The rows, and whether every label found a free place (else some share a row and overlap). */
export function placeLabels(centres: number[], widths: number[], rows: number): { rows: number[]; fit: boolean } {
  const rowEnds = new Array<number>(rows).fill(-Infinity);
  let fit = true;
  const placed = centres.map((cx, i) => {
    const left = cx - widths[i] / 2;
    let row = rowEnds.findIndex((end) => end + 6 <= left);
    if (row < 0) [fit, row] = [false, rowEnds.indexOf(Math.min(...rowEnds))];
    rowEnds[row] = cx + widths[i] / 2;
    return row;
  });
  return { rows: placed, fit };
}

/** Rough text width for the 11–12 px labels, good enough to avoid collisions. */
export const textWidth = (s: string, px = 6.6) => s.length * px;

/** Above this many marks the lane shows bins: thousands of focusable marks help nobody. */
export const MAX_SINGLE_MARKS = 1500;
