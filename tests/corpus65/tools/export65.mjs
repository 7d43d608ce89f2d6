// The budget platform's Node export service (blind65): reads a staging JSON (what the service's SQL returns for one
// document: the title, then per project its header key/value pairs, grid header and grid rows, a merged continuation
// 一级/二级 cell null, an own-empty cell "") and writes one rendering with a real npm package.
// Usage: node export65.mjs <mode> <staging.json> <out>   (NPM_DIR: the folder holding node_modules)
import { readFileSync, writeFileSync, createWriteStream } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

const NM = join(process.env.NPM_DIR || "/tmp/b65/npm", "node_modules");
const imp = async (p) => import(pathToFileURL(join(NM, p)).href);
const [mode, src, out] = process.argv.slice(2);
const S = mode === "lines" ? null : JSON.parse(readFileSync(src, "utf8"));

// the staging table: every row of the document, NULL-padded to W columns (c1..cW), an all-NULL row between projects
function sheetRows(pad) {
  const rows = [[S.title]];
  S.projects.forEach((p, i) => {
    if (i) rows.push([]);
    for (const kv of p.header) rows.push(kv.slice());
    rows.push(p.columns.slice());
    for (const r of p.rows) rows.push(r.slice());
  });
  return pad ? rows.map((r) => r.concat(Array(S.W - r.length).fill(null))) : rows;
}

if (mode === "xlsx") {
  const ExcelJS = (await imp("exceljs/excel.js")).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = "示例市预算管理一体化系统";
  wb.lastModifiedBy = "示例市预算管理一体化系统";
  wb.created = new Date("2025-03-18T10:00:00Z");
  wb.modified = new Date("2025-03-18T10:00:00Z");
  const ws = wb.addWorksheet("绩效目标表");
  const border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  let n = 1;
  ws.getCell(1, 1).value = S.title;
  ws.mergeCells(1, 1, 1, S.W);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  S.projects.forEach((p, i) => {
    n += 1; // an empty row before each project
    const w = p.columns.length;
    for (const [k, v] of p.header) {
      n += 1;
      ws.getCell(n, 1).value = k;
      ws.getCell(n, 2).value = v;
      if (w > 2) ws.mergeCells(n, 2, n, w);
      for (let c = 1; c <= w; c++) ws.getCell(n, c).border = border;
      ws.getCell(n, 2).alignment = { wrapText: true, vertical: "middle" };
    }
    n += 1;
    p.columns.forEach((c, j) => {
      const cell = ws.getCell(n, j + 1);
      cell.value = c;
      cell.font = { bold: true };
      cell.border = border;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    const first = n + 1;
    p.rows.forEach((r, k) => {
      r.forEach((v, j) => {
        const cell = ws.getCell(first + k, j + 1);
        if (v !== null) cell.value = v;
        cell.border = border;
        cell.alignment = { vertical: "middle", wrapText: true };
      });
    });
    // merged 一级/二级 blocks: a label and the null cells under it
    p.columns.forEach((c, j) => {
      if (c !== "一级指标" && c !== "二级指标") return;
      let k = 0;
      while (k < p.rows.length) {
        let e = k;
        while (e + 1 < p.rows.length && p.rows[e + 1][j] === null) e++;
        if (e > k) ws.mergeCells(first + k, j + 1, first + e, j + 1);
        k = e + 1;
      }
    });
    n = first + p.rows.length - 1;
  });
  ws.columns.forEach((col, j) => (col.width = j === 0 ? 18 : 16));
  await wb.xlsx.writeFile(out);
} else if (mode === "tsv") {
  const { stringify } = await imp("csv-stringify/lib/sync.js");
  writeFileSync(out, stringify(sheetRows(true), { delimiter: "\t", record_delimiter: "windows" }));
} else if (mode === "csv") {
  const { format } = await imp("@fast-csv/format/build/src/index.js");
  const stream = format({ writeBOM: true, includeEndRowDelimiter: true, rowDelimiter: "\r\n" });
  const done = new Promise((res) => stream.pipe(createWriteStream(out)).on("finish", res));
  for (const r of sheetRows(false)) stream.write(r.length ? r : [""]);
  stream.end();
  await done;
} else if (mode === "pipe") {
  const { markdownTable } = await imp("markdown-table/index.js");
  const stringWidth = (await imp("string-width/index.js")).default;
  const parts = [];
  for (const p of S.projects) {
    const w = p.columns.length;
    const fix = (r) => r.concat(Array(w - r.length).fill("")).map((v) => (v === null ? "" : v.replace(/\n/g, "<br>")));
    const rows = [...p.header.map(fix), fix(p.columns), ...p.rows.map(fix)];
    parts.push("## " + S.title + "\n\n" + markdownTable(rows, { stringLength: stringWidth }) + "\n");
  }
  writeFileSync(out, parts.join("\n"));
} else if (mode === "psv") {
  const { dsvFormat } = await imp("d3-dsv/dist/d3-dsv.mjs");
  writeFileSync(out, dsvFormat("|").formatRows(sheetRows(true)));
} else if (mode === "aligned_top" || mode === "aligned_centered") {
  const Table = (await imp("cli-table3/index.js")).default;
  const wrapAnsi = (await imp("wrap-ansi/index.js")).default;
  const vAlign = mode === "aligned_top" ? "top" : "center";
  const chars = { top: "", "top-mid": "", "top-left": "", "top-right": "", bottom: "", "bottom-mid": "",
    "bottom-left": "", "bottom-right": "", left: "", "left-mid": "", mid: "", "mid-mid": "", right: "",
    "right-mid": "", middle: "" };
  const WIDTH = { 一级指标: 12, 二级指标: 14, 三级指标: 24, 指标名称: 24, 序号: 8, 权重: 6, 分值: 6, 得分: 6,
    指标符号: 8, 达标关系: 8, 数据单位: 8, 指标度量单位: 10, 实际完成值: 14, 标准值类型: 10 };
  const out_ = [];
  for (const p of S.projects) {
    const colWidths = p.columns.map((c, j) => Math.max(j === 0 ? 18 : 0, WIDTH[c] || 16));
    const wrapTo = (v, width) => wrapAnsi(v, width - 2, { hard: true, trim: false });
    const t = new Table({ chars, colWidths, style: { head: [], border: [], "padding-left": 0, "padding-right": 2, compact: false } });
    const rest = colWidths.slice(1).reduce((a, b) => a + b, 0);
    for (const [k, v] of p.header) t.push([wrapTo(k, colWidths[0]), { content: wrapTo(v, rest), colSpan: p.columns.length - 1 }]);
    t.push(p.columns.map((c, j) => wrapTo(c, colWidths[j])));
    p.rows.forEach((r, k) => {
      const line = [];
      r.forEach((v, j) => {
        if (v === null) return; // covered by the label's rowSpan above
        let span = 1;
        while (k + span < p.rows.length && p.rows[k + span][j] === null) span++;
        const content = wrapTo(v, colWidths[j]);
        line.push(span > 1 ? { content, rowSpan: span, vAlign } : content);
      });
      t.push(line);
    });
    out_.push(S.title + "\n" + t.toString() + "\n");
  }
  writeFileSync(out, out_.join("\n"));
} else if (mode === "lines") {
  const mammoth = (await imp("mammoth/lib/index.js")).default;
  const r = await mammoth.extractRawText({ path: src });
  writeFileSync(out, r.value);
} else {
  throw new Error("mode " + mode);
}
