// blind63: the disclosure portal's two download buttons, as its Vue front end would run them (node v20, run for real,
// with the same npm packages a browser bundle would hold: papaparse 5.7.1 and docx 9.15.2).
//   csv   "导出CSV": Papa.unparse(rows) with Papa's defaults (comma, CRLF, a field quoted only when it holds the
//         delimiter, a quote, CR or LF or starts/ends with a space; null written as nothing; each row at its own
//         width), and "\ufeff" put before it, as front ends do so that Excel opens the Blob as UTF-8.
//   docx  "导出Word": one section (landscape for the coded and self-evaluation tables), per project a title paragraph
//         and one table (header block: key cell + value cell spanning the grid's width; grid header; grid rows with
//         the merged 一级/二级 blocks as vertical merges, RESTART then CONTINUE), an empty paragraph after each table.
// Usage: node portal_export.js csv|docx sheet.json out
// sheet.json: {title, variant, projects: [{header: [[k, v]…], columns: […], rows: [[cell or null]…]}]}, null = a
// merged continuation cell.
"use strict";
const fs = require("fs");
const [mode, src, out] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(src, "utf8"));

// reproducible files: every Date the libraries make is this one (core properties, zip entry times)
const FIXED = new Date("2025-03-10T09:00:00+08:00");
const RealDate = Date;
global.Date = class extends RealDate {
  constructor(...a) {
    super(...(a.length ? a : [FIXED.getTime()]));
  }
  static now() {
    return FIXED.getTime();
  }
};

function sheetRows() {
  const rows = [[doc.title]];
  doc.projects.forEach((p, i) => {
    if (i) rows.push([]);
    for (const kv of p.header) rows.push(kv);
    rows.push(p.columns);
    for (const r of p.rows) rows.push(r);
  });
  return rows;
}

if (mode === "csv") {
  const Papa = require("papaparse");
  fs.writeFileSync(out, "\ufeff" + Papa.unparse(sheetRows()), "utf8");
} else if (mode === "docx") {
  const d = require("docx");
  const wide = ["coded", "self_evaluation"].includes(doc.variant);
  const FONT = "仿宋_GB2312";
  const para = (text, opts = {}) =>
    new d.Paragraph({
      alignment: opts.align || d.AlignmentType.CENTER,
      children: [new d.TextRun({ text, bold: !!opts.bold, font: opts.font || FONT, size: opts.size || 21 })],
    });
  const cellParas = (text, opts) => String(text).split("\n").map((t) => para(t, opts));
  const weight = (c) =>
    ({ 序号: 0.6, 一级指标: 1.0, 二级指标: 1.1, 三级指标: 1.8, 指标名称: 1.8, 权重: 0.6, 分值: 0.6, "权重（%）": 0.7 })[c] ||
    (/原因|规则|公式|说明|安排|来源/.test(c) ? 1.6 : 1.1);
  const children = [];
  for (const p of doc.projects) {
    const W = p.columns.length;
    const total = wide ? 13800 : 9000; // twips inside the margins
    const ws = p.columns.map(weight);
    const sum = ws.reduce((a, b) => a + b, 0);
    const colw = ws.map((w) => Math.round((total * w) / sum));
    const rows = [];
    for (const [k, v] of p.header) {
      rows.push(
        new d.TableRow({
          children: [
            new d.TableCell({ children: cellParas(k), verticalAlign: d.VerticalAlign.CENTER }),
            new d.TableCell({
              children: cellParas(v, { align: d.AlignmentType.LEFT }),
              columnSpan: W - 1,
              verticalAlign: d.VerticalAlign.CENTER,
            }),
          ],
        })
      );
    }
    rows.push(
      new d.TableRow({
        tableHeader: true,
        children: p.columns.map((c) => new d.TableCell({ children: cellParas(c, { bold: true }) })),
      })
    );
    // vertical merges: a cell of a category column that is null continues the block above
    const cats = p.columns.map((c, j) => (c === "一级指标" || c === "二级指标" ? j : -1)).filter((j) => j >= 0);
    p.rows.forEach((r, i) => {
      rows.push(
        new d.TableRow({
          children: r.map((c, j) => {
            if (cats.includes(j)) {
              const next = i + 1 < p.rows.length ? p.rows[i + 1][j] : "x";
              if (c === null) {
                return new d.TableCell({
                  children: [para("")],
                  verticalMerge: d.VerticalMergeType.CONTINUE,
                  verticalAlign: d.VerticalAlign.CENTER,
                });
              }
              return new d.TableCell({
                children: cellParas(c),
                verticalMerge: next === null ? d.VerticalMergeType.RESTART : undefined,
                verticalAlign: d.VerticalAlign.CENTER,
              });
            }
            return new d.TableCell({ children: cellParas(c === null ? "" : c), verticalAlign: d.VerticalAlign.CENTER });
          }),
        })
      );
    });
    children.push(para(doc.title, { bold: true, size: 32, font: "方正小标宋简体" }));
    children.push(new d.Table({ rows, columnWidths: colw, width: { size: total, type: d.WidthType.DXA } }));
    children.push(para(""));
  }
  const document = new d.Document({
    creator: "示例市财政局预算公开平台",
    title: doc.title,
    sections: [
      {
        properties: {
          page: { size: { orientation: wide ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT } },
        },
        children,
      },
    ],
  });
  d.Packer.toBuffer(document).then((buf) => fs.writeFileSync(out, buf));
} else {
  throw new Error(mode);
}
