// Vite build step: dist/data/budapest-process-atlas-data.zip, the whole dataset in one download.
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

export const DATA_ZIP_NAME = "budapest-process-atlas-data.zip";

export function datasetZip(): Plugin {
  let publicDir = "public";
  return {
    name: "atlas-dataset-zip",
    apply: "build",
    configResolved(config) {
      publicDir = config.publicDir || resolve(config.root, "public");
    },
    // The archive's code (schemas, tables, CSV) loads only when a build writes the bundle.
    async generateBundle() {
      const [{ zipSync }, { datasetArchive }] = await Promise.all([import("fflate"), import("./archive.ts")]);
      // A fixed date keeps the archive byte-identical between builds of the same data.
      const zip = zipSync(datasetArchive(join(publicDir, "data")), { level: 9, mtime: new Date("2024-11-12T00:00:00Z") });
      this.emitFile({ type: "asset", fileName: `data/${DATA_ZIP_NAME}`, source: zip });
    },
  };
}
