# The newsroom's conversion script (Ruby 3.1's csv library, run with its defaults): the staged sheet (JSON rows,
# null for a NULL cell) written row by row with CSV.open(out, "w") and csv << row.  Ruby's CSV writes nil as
# nothing and an empty String as "" (quote_empty: true), quotes a field only where it holds a comma, a quote or a
# line break, and ends every row with "\n".   Usage: ruby csv66.rb stage.json out.csv
require "csv"
require "json"
st = JSON.parse(File.read(ARGV[0], encoding: "UTF-8"))
CSV.open(ARGV[1], "w", encoding: "UTF-8") do |csv|
  st["rows"].each { |row| csv << row }
end
