// Writes dist/data/budapest-process-atlas-data.zip, the whole dataset in one download: every
// dataset as JSON and CSV, the growth chart's derived table, the data dictionary and the data
// licence. Run by `npm run build` after the client build, from the files the build copied.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { datasetArchive } from "../src/data/cli/archive";
import { derivedTables } from "../src/views/membership/growthArchive";

const DIST_DATA = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "dist/data");
const ZIP = join(DIST_DATA, "budapest-process-atlas-data.zip");

// A fixed date keeps the archive byte-identical between builds of the same data.
const zip = zipSync(datasetArchive(DIST_DATA, derivedTables), { level: 9, mtime: new Date("2024-11-12T00:00:00Z") });
mkdirSync(dirname(ZIP), { recursive: true });
writeFileSync(ZIP, zip);
console.log(`dataset zip: wrote ${ZIP.slice(ZIP.indexOf("dist/"))} (${(zip.length / 1024).toFixed(0)} KB)`);
