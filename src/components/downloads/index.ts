export { exportSvg, svgSize, wrapText, SYSTEM_FONT_STACK, type SvgMeta } from "./exportSvg";
export { exportPng } from "./exportPng";
export { toCsv, fileName, saveBlob, type CsvRow } from "./csv";
export { rowsFor, loadRowData, type RowData } from "./chartRows";
export { DownloadMenu, type DownloadMenuProps } from "./DownloadMenu";
