// exceljs packs its parts with JSZip, which stamps every entry with the time of writing: the same
// template would differ between two builds. Repacked with fflate under one fixed time (the build stamp),
// the same content always gives the same bytes. Entry order and contents are kept as exceljs wrote them.
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** DOS zip times start in 1980; an earlier stamp (SOURCE_DATE_EPOCH=0) is written as 1980-01-01. */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

export function repackWithTime(zip: Uint8Array, stamp: Date): Uint8Array {
  const mtime = new Date(Math.max(stamp.getTime(), DOS_EPOCH));
  const entries = unzipSync(zip);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) out[name] = [data, { mtime, level: 6 }];
  return zipSync(out, { mtime });
}
