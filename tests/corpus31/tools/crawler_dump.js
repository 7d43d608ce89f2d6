// The crawler's debug/export script (run for real by render31.py with node):
//   node crawler_dump.js <doc.json> <mode>
// doc.json: {"title":…, "projects":[[row, row, …], …]} with every row an array of the cells' textContent
// mode "table": console.log(title) + console.table(rows) per project (the developer's debug print)
// mode "tsv":   rows.join('\t'), LF (the debug dump the awk/perl/sed/paste one-liners read)
// mode "csv":   the site's "导出CSV" endpoint: a UTF-8 BOM so that Excel shows Chinese, cells quoted only when they
//               hold a comma, a quote or a line break, CRLF between rows
const fs = require('fs');
const [, , file, mode] = process.argv;
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
if (mode === 'table') {
  for (const rows of doc.projects) {
    console.log(rows[0][0]);
    console.table(rows.slice(1));
  }
} else if (mode === 'tsv') {
  const out = [];
  for (const rows of doc.projects) for (const r of rows) out.push(r.join('\t'));
  process.stdout.write(out.join('\n') + '\n');
} else if (mode === 'csv') {
  const esc = (c) => (/[",\r\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);
  const out = [];
  for (const rows of doc.projects) for (const r of rows) out.push(r.map(esc).join(','));
  process.stdout.write('\ufeff' + out.join('\r\n') + '\r\n');
}
