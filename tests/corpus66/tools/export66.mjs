// The 预算公开 portal's Node helpers (node v20), run on the staged sheet (/tmp/b66/stage/<doc>.json):
//   node export66.mjs docx    stage.json out.docx   the portal's "导出Word": html-to-docx 1.8.0 on the HTML table it shows
//   node export66.mjs aligned stage.json out.txt top|middle
//                                                   the budget office's console print (table 6.9.0), borderless,
//                                                   each merged 一级/二级 label ONE spanning cell aligned top or middle
import fs from "fs";
import HTMLtoDOCX from "html-to-docx";
import { table, getBorderCharacters } from "table";

const [mode, stagePath, outPath, valign] = process.argv.slice(2);
const st = JSON.parse(fs.readFileSync(stagePath, "utf8"));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function projects() {
  // each project: its pairs (rows), grid header row, grid rows, and its merged blocks [r0, c, r1]
  return st.projects.map((p) => ({
    w: p.w,
    pairs: p.pairs.map((r) => st.rows[r].slice(0, 2)),
    head: st.rows[p.head].slice(0, p.w),
    grid: st.rows.slice(p.grid[0], p.grid[1] + 1).map((r) => r.slice(0, p.w)),
    spans: p.spans.map(([r0, c, r1]) => [r0 - p.grid[0], c, r1 - p.grid[0]]),
  }));
}

async function docx() {
  let html = "";
  for (const [i, p] of projects().entries()) {
    if (i) html += "<p></p>";
    html += `<p style="text-align:center"><strong>${esc(st.title)}</strong></p>`;
    html += '<table border="1" style="width:100%;border-collapse:collapse">';
    for (const [k, v] of p.pairs) html += `<tr><td>${esc(k)}</td><td colspan="${p.w - 1}">${esc(v ?? "")}</td></tr>`;
    html += "<tr>" + p.head.map((c) => `<td><strong>${esc(c)}</strong></td>`).join("") + "</tr>";
    const span = new Map(p.spans.map(([r0, c, r1]) => [`${r0},${c}`, r1 - r0 + 1]));
    const covered = new Set();
    for (const [r0, c, r1] of p.spans) for (let r = r0 + 1; r <= r1; r++) covered.add(`${r},${c}`);
    p.grid.forEach((row, r) => {
      html += "<tr>";
      row.forEach((v, c) => {
        if (covered.has(`${r},${c}`)) return; // HTML: a rowspan cell exists on its first row only
        const n = span.get(`${r},${c}`);
        html += n ? `<td rowspan="${n}">${esc(v ?? "")}</td>` : `<td>${esc(v ?? "")}</td>`;
      });
      html += "</tr>";
    });
    html += "</table>";
  }
  const when = new Date("2025-03-18T10:00:00Z");
  const buf = await HTMLtoDOCX(html, null, {
    orientation: st.landscape ? "landscape" : "portrait",
    font: "宋体",
    fontSize: 20,
    title: st.title,
    creator: "示例县预算公开平台",
    lastModifiedBy: "示例县预算公开平台",
    createdAt: when,
    modifiedAt: when,
    table: { row: { cantSplit: true } },
  });
  fs.writeFileSync(outPath, buf);
}

function width(name) {
  if (name === "一级指标") return 10;
  if (name === "二级指标") return 14;
  if (["三级指标", "指标名称", "指标内容"].includes(name)) return 24;
  if (["序号"].includes(name)) return 8;
  if (["权重", "分值", "得分"].includes(name)) return 6;
  if (/符号|关系|单位/.test(name)) return 10;
  if (/指标值|完成值/.test(name)) return 16;
  return 20; // free-text columns
}

function aligned() {
  const out = [];
  const border = getBorderCharacters("void");
  for (const [i, p] of projects().entries()) {
    if (i) out.push("");
    out.push(st.title, "");
    const widths = p.head.map(width);
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    out.push(table(p.pairs.map(([k, v]) => [k, v ?? ""]), {
      border, drawHorizontalLine: () => false,
      columnDefault: { paddingLeft: 0, paddingRight: 2 },
      columns: [{ width: 16 }, { width: total - 18 }],
    }).replace(/\n$/, ""));
    out.push("");
    const rows = [p.head, ...p.grid.map((r) => r.map((v) => v ?? ""))];
    const spanningCells = p.spans.map(([r0, c, r1]) => ({
      col: c, row: r0 + 1, rowSpan: r1 - r0 + 1, verticalAlignment: valign,
    }));
    out.push(table(rows, {
      border, drawHorizontalLine: () => false,
      columnDefault: { paddingLeft: 0, paddingRight: 2 },
      columns: widths.map((w) => ({ width: w })),
      spanningCells,
    }).replace(/\n$/, ""));
  }
  fs.writeFileSync(outPath, out.join("\n") + "\n");
}

if (mode === "docx") await docx();
else if (mode === "aligned") aligned();
else throw new Error("mode");
