# The legacy Tk 预算填报 client's 导出 (run with the real tclsh 8.6): reads the rows (mark, cells; \x1f between
# cells, \x1e after a record) and writes each row's cells joined by the separator given as argv[0], rows of their
# own widths (no padding, no quoting), UTF-8 without BOM, CRLF (the client was written for Windows).
fconfigure stdin -translation lf -encoding utf-8
fconfigure stdout -encoding utf-8 -translation crlf
set sep [lindex $argv 0]
set data [read stdin]
foreach rec [split $data "\x1e"] {
    if {$rec eq ""} continue
    set cells [split $rec "\x1f"]
    set mark [lindex $cells 0]
    if {$mark eq "P"} { puts ""; continue }
    puts [join [lrange $cells 1 end] $sep]
}
