// the vendor's "导出竖线分隔" tool: each line of a tab export, trailing empty cells trimmed, cells joined by '|', CRLF
use std::io::{self, BufRead, Write};
fn main() {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let t = line.trim_end_matches('\t');
        let cells: Vec<&str> = t.split('\t').collect();
        write!(out, "{}\r\n", cells.join("|")).unwrap();
    }
}
