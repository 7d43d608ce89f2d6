# blind67's ruby side (Debian's ruby 3.1.2, its csv 3.2.2 and ruby-terminal-table 3.0.2; run for real).
# Usage: ruby export67.rb <mode> <stage.json>   (writes to stdout)
#   csv    the county's Rails disclosure mirror, DownloadsController#csv: `CSV.generate { |csv| sheet.each { |r| csv << r } }`
#          with the library's defaults (col_sep ",", row_sep "\n", quote_empty true: an empty String "" is written `""`,
#          a nil as nothing; a field quoted only where it holds `,` `"` CR or LF or is empty)
#   pipe   a clerk's script that prints each project as a terminal-table 3.0.2 box for a plain-text OA attachment:
#          the document title as the table's `title:`, the header pairs with the value cell `colspan` over the rest of the
#          grid, a separator, then the grid header and rows (no separators between rows: terminal-table's default);
#          a cell holding a line break is printed over several lines; an empty line between projects
require "csv"
require "json"
require "terminal-table"

mode, path = ARGV
stage = JSON.parse(File.read(path, encoding: "UTF-8"))

case mode
when "csv"
  print CSV.generate { |csv| stage["sheet"].each { |r| csv << r } }
when "pipe"
  out = stage["projects"].map do |p|
    w = p["columns"].size
    rows = p["header"].map { |k, v| [k, { value: v, colspan: w - 1 }] }
    rows << :separator
    rows << p["columns"]
    p["rows"].each { |r| rows << r.map { |c| c.nil? ? "" : c } }
    Terminal::Table.new(title: stage["title"], rows: rows).to_s + "\n"
  end
  print out.join("\n")
else
  abort "mode #{mode}"
end
