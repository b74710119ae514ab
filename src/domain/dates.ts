// Dates as the documents give them: "2019", "2019-02" or "2019-02-19".
/** Year, month and day of an ISO date of any precision; the parts it lacks are undefined. */
export function dateParts(value: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = value.split("-").map(Number);
  return [y, m, d];
}
