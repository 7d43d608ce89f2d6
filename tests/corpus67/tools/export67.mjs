// blind67's node side (node v20, run for real; packages from npm: xlsx 0.18.5 (SheetJS CE), html-to-docx 1.8.0,
// table 6.10.1).  Usage: node export67.mjs <mode> <stage.json> <out>
//   xlsx      the portal's Vue page's "导出Excel": vue-element-admin's Export2Excel.js helper export_json_to_excel()
//             (its sheet_from_array_of_arrays, merges and autoWidth, written out here: the helper is a file copied
//             into every Vue admin project, not a package) over SheetJS CE 0.18.5
//   docx      the portal's "导出Word": the page's HTML (stage.html) through html-to-docx 1.8.0
//   top|centered  a reviewer's plain-text working paper: each project printed with gajus's `table` 6.10.1,
//             borderless, merged 一级/二级 labels as spanning cells aligned top / middle
import fs from "fs";
import { createRequire } from "module";
const require = createRequire(process.env.NPM_DIR + "/package.json");
const XLSX = require("xlsx");
const HTMLtoDOCX = require("html-to-docx");
const { table, getBorderCharacters } = require("table");

const [mode, stagePath, out] = process.argv.slice(2);
const stage = JSON.parse(fs.readFileSync(stagePath, "utf8"));

// ------------------------------------------------------------------ Export2Excel (vue-element-admin), as printed
function sheet_from_array_of_arrays(data) {
  const ws = {};
  const range = { s: { c: 10000000, r: 10000000 }, e: { c: 0, r: 0 } };
  for (let R = 0; R != data.length; ++R) {
    for (let C = 0; C != data[R].length; ++C) {
      if (range.s.r > R) range.s.r = R;
      if (range.s.c > C) range.s.c = C;
      if (range.e.r < R) range.e.r = R;
      if (range.e.c < C) range.e.c = C;
      const cell = { v: data[R][C] };
      if (cell.v == null) continue;
      const cell_ref = XLSX.utils.encode_cell({ c: C, r: R });
      if (typeof cell.v === "number") cell.t = "n";
      else if (typeof cell.v === "boolean") cell.t = "b";
      else cell.t = "s";
      ws[cell_ref] = cell;
    }
  }
  if (range.s.c < 10000000) ws["!ref"] = XLSX.utils.encode_range(range);
  return ws;
}

function export_json_to_excel({ multiHeader = [], header, data, filename, merges = [], autoWidth = true, bookType = "xlsx" }) {
  data = [...data];
  data.unshift(header);
  for (let i = multiHeader.length - 1; i > -1; i--) data.unshift(multiHeader[i]);
  const ws_name = "SheetJS";
  const wb = { SheetNames: [], Sheets: {} };
  const ws = sheet_from_array_of_arrays(data);
  if (merges.length > 0) {
    if (!ws["!merges"]) ws["!merges"] = [];
    merges.forEach((item) => ws["!merges"].push(XLSX.utils.decode_range(item)));
  }
  if (autoWidth) {
    const colWidth = data.map((row) =>
      row.map((val) => {
        if (val == null) return { wch: 10 };
        else if (val.toString().charCodeAt(0) > 255) return { wch: val.toString().length * 2 };
        else return { wch: val.toString().length };
      }),
    );
    const result = colWidth[0];
    for (let i = 1; i < colWidth.length; i++)
      for (let j = 0; j < colWidth[i].length; j++) if (result[j]["wch"] < colWidth[i][j]["wch"]) result[j]["wch"] = colWidth[i][j]["wch"];
    ws["!cols"] = result;
  }
  wb.SheetNames.push(ws_name);
  wb.Sheets[ws_name] = ws;
  XLSX.writeFile(wb, filename, { bookType, bookSST: false, type: "binary" });
}

// ------------------------------------------------------------------ gajus/table print
const WIDTH = {
  一级指标: 12, 二级指标: 14, 三级指标: 24, 指标名称: 24, 指标内容: 24, 序号: 6,
  指标值: 16, 年度指标值: 16, 实施期指标值: 16, 长期指标值: 16, 指标值及单位: 18, 实际完成值: 16,
  目标值比较: 8, "比较关系（符号）": 10, 指标值计量单位: 10, "计量单位（名称）": 10, 权重: 6, 分值: 6, 得分: 6,
  对应年度目标: 8, 衡量标准类型: 10, 标准值类别: 10, 执行标准: 18, 考核牵头单位: 16,
};
const LONG = 22; // 核验说明, 评分方式, 指标值确定理由, 偏差原因…, 指标设定口径

function printProject(title, p, valign) {
  const w = p.columns.length;
  const widths = p.columns.map((c) => WIDTH[c] || LONG);
  const gridWidth = widths.reduce((a, b) => a + b, 0) + 2 * w;
  const cfg = (ws) => ({
    border: getBorderCharacters("void"),
    drawHorizontalLine: () => false,
    columnDefault: { paddingLeft: 0, paddingRight: 2 },
    columns: ws.map((x) => ({ width: x, wrapWord: false })),
  });
  const keyW = 18;
  const head = table(
    p.header.map(([k, v]) => [k, v]),
    cfg([keyW, Math.max(40, gridWidth - keyW - 4)]),
  );
  const data = [p.columns, ...p.rows.map((r) => r.map((c) => (c == null ? "" : c)))];
  const spanningCells = [];
  for (const j of p.cats) {
    let start = null;
    for (let i = 0; i <= p.rows.length; i++) {
      const opens = i === p.rows.length || p.rows[i][j] !== null;
      if (opens) {
        if (start !== null && i - start > 1) spanningCells.push({ col: j, row: start + 1, rowSpan: i - start, verticalAlignment: valign });
        start = i;
      }
    }
  }
  const grid = table(data, { ...cfg(widths), spanningCells });
  return title + "\n\n" + head + "\n" + grid;
}

if (mode === "xlsx") {
  const rows = stage.sheet.map((r) => r.map((c) => (c == null ? null : c)));
  export_json_to_excel({ header: rows[0], data: rows.slice(1), filename: out, merges: stage.merges, autoWidth: true, bookType: "xlsx" });
} else if (mode === "docx") {
  const html = fs.readFileSync(stage.html, "utf8");
  const buf = await HTMLtoDOCX(html, null, {
    orientation: stage.landscape ? "landscape" : "portrait",
    title: stage.title,
    creator: "示例市预算公开平台",
    lastModifiedBy: "示例市预算公开平台",
    createdAt: new Date("2025-03-20T09:00:00+08:00"),
    modifiedAt: new Date("2025-03-20T09:00:00+08:00"),
    font: "宋体",
    fontSize: 20,
    table: { row: { cantSplit: true } },
  });
  fs.writeFileSync(out, buf);
} else if (mode === "top" || mode === "centered") {
  const valign = mode === "top" ? "top" : "middle";
  const parts = stage.projects.map((p) => printProject(stage.title, p, valign));
  fs.writeFileSync(out, parts.join("\n"));
} else {
  throw new Error("mode " + mode);
}
