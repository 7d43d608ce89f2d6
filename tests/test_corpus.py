"""The blind corpus (tests/corpus): column tables written by hands that never read the code.

tests/corpus/README.md says how it was made: 22 development and 10 held-out
documents (32 documents, 416 projects in all shapes, 356 indicators each
shape), invented content, table data and expected readings written by hand
(src/), rendered by the corpus's own generators into 13 shapes (pipe with and
without outer bars, tab, csv, one cell a line with empty cells kept and
dropped, space-aligned with categories at the top and centred, flattened one
row a line and the whole grid on one line, XLSX with merged cells, a ruled PDF,
and pdftotext -layout of that PDF).

Each shape must find every project and read at least its floor of indicators
exactly (categories, name and raw targets as the expected files hold them).
The floors are what the reader achieved when the corpus was added; they only
go up. A target's normalized reading is compared for the delimited shapes,
where the cells are certain, so that only the normalizer is measured there.
"""

from __future__ import annotations

import pytest
from corpus_score import CORPORA, HERE, OPTIONAL, SHAPES, count

# Indicators read exactly per shape (floors: raise them when the reader gets better): of 356 in the first
# corpus, of 192 in the second, of 200 in the third and the fourth, of 202 in the fifth, of 211 in the sixth, of 207 in the seventh, of 201 in the eighth
# and the ninth.
FLOORS = {
    "corpus": {
        "pipe": 356,
        "pipe_bare": 356,
        "tab": 356,
        "csv": 356,
        "lines": 356,
        "lines_dropped": 356,
        "aligned_top": 354,
        "aligned_centered": 354,
        "flat": 352,  # (350 before 通 was a unit: 明显提升10通过… now parts at 10通; corpus 7 oneline +2)
        "oneline": 332,
        "xlsx": 356,
        "pdf": 356,
        "pdftotext": 354,
    },
    "corpus2": {
        "pipe": 192,
        "pipe_bare": 192,
        "tab": 192,
        "csv": 192,
        "lines": 192,
        "lines_dropped": 192,
        "aligned_top": 192,
        "aligned_centered": 192,
        "flat": 186,
        "oneline": 184,
        "xlsx": 192,
        "pdf": 192,
        "pdftotext": 190,
    },
}
FLOORS["corpus3"] = {
    "pipe": 199,
    "pipe_bare": 199,
    "tab": 199,
    "csv": 199,
    "lines": 199,
    "lines_dropped": 199,
    "aligned_top": 199,
    "aligned_centered": 197,
    "flat": 199,
    "oneline": 195,
    "xlsx": 199,
    "pdf": 200,
    "pdftotext": 200,
}  # (199 of 200 in the delimited shapes: one name prints a space inside a standard's title, which the
# expected files drop by the corpus convention; PDF and pdftotext join that wrapped line without it)
FLOORS["corpus4"] = {shape: 200 for shape in SHAPES} | {"flat": 193, "oneline": 185}
FLOORS["corpus5"] = {shape: 202 for shape in SHAPES} | {
    "aligned_centered": 197,
    "flat": 192,
    "oneline": 175,
    "pdftotext": 201,
}
# (corpus 6 aligned_centered: 205 before a centred label was held within its block's lines, 204 after: one 二级 on
# the line between two blocks' middles, a tie that went the other way; six rows gained in corpora 2, 3, 5, 6)
FLOORS["corpus6"] = {shape: 211 for shape in SHAPES} | {
    "lines": 208,
    "lines_dropped": 209,
    "aligned_top": 211,
    "aligned_centered": 209,
    "flat": 189,
    "oneline": 182,
    "pdftotext": 201,
}
# The seventh (tests/corpus7/README.md), measured blind at de84e72: flat 76 and oneline 124 of 207 (a flattened
# grid of cells one space apart, new), pdftotext 183, lines_dropped 181, lines 196; 2411 of 2691 in all shapes.
FLOORS["corpus7"] = {shape: 207 for shape in SHAPES} | {
    "lines_dropped": 203,
    "aligned_top": 207,
    "aligned_centered": 207,
    "flat": 202,
    "oneline": 180,
    "pdftotext": 206,
}
# The eighth (tests/corpus8/README.md), measured blind at 2b30db4: 2351 of 2613 in all shapes (90.0%); the
# development half (01-04) 1209 of 1313, the held-out half (05-08) 1142 of 1300, and 1212 after the work on the
# development half (c19ecd2). Blind per shape: csv 182, lines 152, lines_dropped 162, aligned_top 187,
# aligned_centered 172, flat 166, oneline 154, pdf 193, pdftotext 179, the others 201.
FLOORS["corpus8"] = {shape: 201 for shape in SHAPES} | {
    "csv": 201,
    "lines_dropped": 201,
    "aligned_centered": 199,
    "flat": 194,
    "oneline": 188,
    "pdftotext": 193,
}
# The ninth (tests/corpus9/README.md), measured blind at 831fdf5: 2025 of 2613 in all shapes (77.5%); the
# development half (01-04) 1017 of 1326, the held-out half (05-08) 1008 of 1287, and 1174 after the work on the
# development half. Blind per shape: tab 0 (a data frame's index and column numbers), xlsx 50 (a header on two
# rows), lines 188, lines_dropped 184, aligned_top 199, aligned_centered 182, flat 134, oneline 85,
# pdftotext 199, the others 201.
# (oneline 85 → 84 when 延米 became a unit: ≥320延米 reads, and a glued piece of rows ending in free text that
# the reader had cut by luck stays one row; flat gained two)
FLOORS["corpus9"] = {shape: 201 for shape in SHAPES} | {
    "lines_dropped": 200,
    "aligned_centered": 195,
    "flat": 181,
    "oneline": 156,
    "pdftotext": 198,
}
# (corpus 9 pdftotext: 199 before a table's pages were laid as one grid; its document 04's second page, read at the
# top alone, is read in the middle with the first, where pdftotext's labels stand a line off and a row over the
# break goes to the label below it. Six other corpora gained 13 rows between them.)
# The tenth (tests/corpus10/README.md), measured blind at 848a08b: 2337 of 2574 in all shapes (90.8%); the
# development half (01-04) 1183 of 1287, the held-out half (05-08) 1154 of 1287. Blind per shape: pipe,
# pipe_bare, csv, lines, xlsx, pdf 195, tab 194, lines_dropped 190, aligned_top 194, aligned_centered 189,
# flat 146, oneline 97, pdftotext 157. Targets with no doubt (pipe): 148 of 151 blind (after the second reading;
# 143 of 146 by the writer's first expected files).
FLOORS["corpus10"] = {shape: 198 for shape in SHAPES} | {
    "tab": 198,
    "lines_dropped": 198,
    "aligned_centered": 196,
    "flat": 187,
    "oneline": 168,
    "pdftotext": 189,
}
# The eleventh (tests/corpus11/README.md), measured blind at b45f792: 1672 of 2600 in all shapes (64.3%): whole
# shapes unread (Confluence markup, LibreOffice's quoted TSV, a workbook of header blocks beside one grid of all
# projects); the development half (01-04) 829 of 1287, the held-out half (05-08) 843 of 1313. Blind per shape:
# pipe 0, pipe_bare 200, tab 0, csv 200, lines 88, lines_dropped 197, aligned_top 198, aligned_centered 192,
# flat 156, oneline 61, xlsx 0, pdf 200, pdftotext 180. Targets with no doubt (pipe_bare): 139 of 144 blind.
# (pdftotext 183 → 182 when a name alone between two lines of values stopped being read as a value's middle where
# the line below is the values of a name wrapped round them: 01's narrow columns lost one; corpora 6, 10 and 12
# gained two each)
FLOORS["corpus11"] = {shape: 200 for shape in SHAPES} | {
    "lines": 199,
    "lines_dropped": 198,
    "aligned_centered": 199,
    "flat": 189,
    "oneline": 188,
    "pdftotext": 182,
}
# The twelfth (tests/corpus12/README.md), measured blind at 185fa03: 1777 of 2561 in all shapes (69.4%): whole
# shapes unread (a CSV cut at semicolons, a database export's \N empty cells); the development half (01-04) 901 of
# 1261, the held-out half (05-08) 876 of 1300. Blind per shape: pipe 133 (<br> in cells), pipe_bare 197, tab 71,
# csv 0, lines 197, lines_dropped 184, aligned_top 99 (left-aligned cells under centred header words, by display
# width), aligned_centered 114, flat 152, oneline 71, xlsx 197, pdf 197, pdftotext 165. Targets with no doubt
# (pipe_bare): 124 of 125 blind.
FLOORS["corpus12"] = {shape: 197 for shape in SHAPES} | {
    "lines_dropped": 195,
    "aligned_centered": 190,
    "flat": 184,
    "oneline": 180,
    "pdftotext": 193,
}
# The thirteenth (tests/corpus13/README.md), measured blind at 0880f4f: 2072 of 2548 in all shapes (81.3%); the
# development half (01-04) 1039 of 1274, the held-out half (05-08) 1033 of 1274, and 1079 after the work on the
# development half (41c386f). Blind per shape: pipe 196 (17 indicators read beyond the tables: the mysql client's
# footers), csv 98 (R's NA), lines 191, lines_dropped 188, aligned_top 195, aligned_centered 182, flat 53 (a space
# wherever a cell wrapped), oneline 0 (cells one space apart, rows glued), pdftotext 185, the others 196. Targets
# with no doubt (pipe_bare): 144 of 145 blind.
FLOORS["corpus13"] = {shape: 196 for shape in SHAPES} | {
    "lines_dropped": 194,
    "aligned_centered": 186,
    "flat": 172,
    # (152, then 150 with the evidence words that end a glued row's free text, 验收报告, 台账: two names here start
    # with one, 调研报告获区领导批示 after a row's points; 159 since a unit printed before its comparator reads)
    "oneline": 161,
    "pdftotext": 185,
}
# The fourteenth (tests/corpus14/README.md), measured blind at ac51b89: 2251 of 2561 in all shapes (87.9%); the
# development half (01-04) 1131 of 1300, the held-out half (05-08) 1120 of 1261, and 1214 after the work on the
# development half (b98325a). Blind per shape: lines_dropped 187 (a header the model did not know: 指标值设定依据),
# aligned_top 187, aligned_centered 170, flat 162, oneline 0 (rows joined by the two characters \n), pdftotext
# 166, the others 197. Targets with no doubt (pipe_bare, the second reading's expected files): 149 of 151 blind.
FLOORS["corpus14"] = {shape: 197 for shape in SHAPES} | {
    "lines_dropped": 195,
    "aligned_centered": 194,
    "flat": 190,
    "oneline": 190,
    "pdftotext": 183,
}
# The fifteenth (tests/corpus15/README.md), measured blind at 92af21d: 2193 of 2587 in all shapes (84.8%); the
# development half (01-04) 1108 of 1313, the held-out half (05-08) 1085 of 1274, and 1206 after the work on the
# development half (77fd441). Blind per shape: lines_dropped 190, aligned_top 157 (a 一级 glued to its 二级),
# aligned_centered 166, flat 89 (a header the model did not know: 数据来源), oneline 0 (rows joined by <br/>),
# pdftotext 198, the others 199; 47 indicators read beyond the tables (psql's and xlsx2csv's furniture). Targets
# with no doubt (pipe_bare, the second reading's expected files): 138 of 140 blind.
FLOORS["corpus15"] = {shape: 199 for shape in SHAPES} | {
    "lines_dropped": 198,
    "aligned_top": 198,
    "aligned_centered": 188,
    "flat": 170,
    "oneline": 182,
    "pdftotext": 198,
}
# The sixteenth (tests/corpus16/README.md), measured blind at ac09a66 (its development half read the session after;
# the held-out half then 1183 of 1222):
# 2324 of 2444 in all shapes (95.1%); the development half (01-04) 1156 of 1222, the held-out half (05-08) 1168 of
# 1222. Per shape: lines_dropped 179, aligned_top 187, aligned_centered 181, flat 154, oneline 131 (rows joined by
# a space; 29 indicators read beyond the tables), pdftotext 176, the others 188 (the pipe shape read a title in
# Markdown's bold as an indicator: fixed, 4735784). Targets with no doubt (pipe_bare, the second reading's expected
# files, which changed 19 readings): 115 of 117 blind.
FLOORS["corpus16"] = {shape: 188 for shape in SHAPES} | {
    "lines_dropped": 187,
    "aligned_top": 188,
    "aligned_centered": 185,
    # (171 and 165 since a month's own word after its number is the date's, 9月底前 one value: this corpus wrote
    # 9 | 月底前 in two cells, corpus 43 11月底 in one, and flattened text cannot tell them apart)
    "flat": 171,
    "oneline": 165,
    "pdftotext": 185,
}
# The seventeenth (tests/corpus17/README.md), measured blind at 89cbfae: 1976 of 2470 in all shapes (80.0%); the
# development half (01-04) 998 of 1248, the held-out half (05-08) 978 of 1222, and 1185 after the work on the
# development half. Blind per shape: pipe_bare 0 (sqlcmd's NULL cells), csv 147 (numbers written as ="10"),
# oneline 0 (a JSON string's \t and \n escapes), lines_dropped 183, aligned_top 188, aligned_centered 164, flat 161,
# pdftotext 183, the others 190; 13 indicators read beyond the tables (an AsciiDoc attribute list); projects found
# 192 of 208. Targets with no doubt (pipe, the second reading's expected files): 118 of 121 blind.
FLOORS["corpus17"] = {shape: 190 for shape in SHAPES} | {
    "lines_dropped": 188,
    "aligned_top": 188,
    "aligned_centered": 180,
    "flat": 168,
    "pdftotext": 184,
}
# The eighteenth (tests/corpus18/README.md), measured blind at 06b3e56: 1590 of 2600 in all shapes (61.2%); the
# development half (01-04) 799 of 1300, the held-out half (05-08) 791 of 1300. Its header blocks are laid across
# (a line of keys, the values on the lines below): one cell a line (values wrapped over lines as Word's text
# save breaks them), flattened and one line 0, projects found 132 of 208 (and two of its one-cell-a-line documents
# raised: fixed, 647f5b8); aligned_top 122, aligned_centered 109, pdftotext 159, the others 200; SQL*Plus's
# "13 rows selected." read as 16 indicators. Targets with no doubt (pipe): 137 of 137 blind.
FLOORS["corpus18"] = {shape: 200 for shape in SHAPES} | {
    "lines": 163,
    "lines_dropped": 147,
    "aligned_top": 191,
    "aligned_centered": 181,
    "flat": 0,
    "oneline": 191,
    "pdftotext": 191,
}
# The nineteenth (tests/corpus19/README.md), measured blind at c6322ec: 2014 of 2600 in all shapes (77.5%); the
# development half (01-04) 1025 of 1313, the held-out half (05-08) 989 of 1287. DokuWiki's table markup (pipe)
# and R's write.csv (csv) 0, one cell a line with an empty line after every row 113, the others 163 to 200;
# projects found 176 of 208. After the development half's work the held-out half read 1228 of 1287 (95.4%).
# Targets with no doubt (tab): 122 of 123 blind.
FLOORS["corpus19"] = {shape: 200 for shape in SHAPES} | {
    "lines_dropped": 196,
    "aligned_centered": 194,
    "flat": 173,
    "oneline": 173,
    "pdftotext": 197,
}
# The twentieth (tests/corpus20/README.md), measured blind at 118cb20: 1282 of 2600 in all shapes (49.3%); the
# development half (01-04) 644 of 1313, the held-out half (05-08) 638 of 1287. MediaWiki's table markup (pipe),
# PowerShell's Export-Csv (pipe_bare) and docx2txt's text (lines, lines_dropped) 0 each, labels printed a character
# a line (aligned_centered) 17, rows joined by commas on one line 69, flat 119, aligned_top 120, pdftotext 158;
# projects found 175 of 208. After the development half's work the held-out half read 1143 of 1287 (88.8%).
# Targets with no doubt (tab): 123 of 128 blind.
FLOORS["corpus20"] = {shape: 200 for shape in SHAPES} | {
    "lines_dropped": 199,
    "aligned_top": 196,
    "aligned_centered": 195,
    "flat": 166,
    "oneline": 166,
    "pdf": 199,
    "pdftotext": 169,
}
# The twenty-first (tests/corpus21/README.md), measured blind at 3aa86b6: 1442 of 2600 in all shapes (55.5%); the
# development half (01-04) 721 of 1287, the held-out half (05-08) 721 of 1313. pandas' to_markdown with nan (pipe),
# a join of openpyxl's values with None (pipe_bare), python-docx's text writing a merged cell for every column it
# spans (lines, lines_dropped) and a JSON array of the rows' texts (oneline) 0 each, an apostrophe before numbers
# (csv) 143, flat 160, aligned_centered 171, aligned_top 182, pdftotext 187, tab, xlsx, pdf 199 to 200; projects
# found 128 of 208. After the development half's work the held-out half read 1246 of 1313 (94.9%).
# Targets with no doubt (tab): 133 of 135 blind.
FLOORS["corpus21"] = {shape: 200 for shape in SHAPES} | {
    "tab": 200,
    "csv": 200,
    "lines": 199,
    "lines_dropped": 199,
    "aligned_centered": 197,
    "flat": 171,
    "oneline": 180,
    "pdftotext": 194,
}
# The twenty-second (tests/corpus22/README.md), measured blind at 7d91f56: 1999 of 2600 in all shapes (76.9%); the
# development half (01-04) 1016 of 1339, the held-out half (05-08) 983 of 1261. Textile's table markup (pipe) and a
# sheet's range pasted into a one-line field (oneline) 0 each, DB2's EXPORT with its empty cells unquoted
# (pipe_bare) 74, flat 157, aligned_centered 185, aligned_top 190, pdftotext 194, the others 199 to 200; projects
# found 166 of 208. After the development half's work the held-out half read 1213 of 1261 (96.2%).
# Targets with no doubt (xlsx): 128 of 130 blind.
FLOORS["corpus22"] = {shape: 200 for shape in SHAPES} | {
    "lines_dropped": 200,
    "aligned_centered": 200,
    "flat": 170,
    "pdftotext": 194,
}
# The twenty-third (tests/corpus23/README.md), measured blind at e2dd650: 1477 of 2704 in all shapes (54.6%); the
# development half (01-04) 725 of 1378, the held-out half (05-08) 752 of 1326. Teradata BTEQ's report with ? for
# NULL (pipe_bare), sqlite's .mode quote (csv) and JSON objects a project a line (oneline) 0 each, bcp's NUL for an
# empty string (tab) 51 (the files refused as binary), Vimwiki (pipe) 71, flat 32, aligned_top 153, aligned_centered
# 154, pdftotext 189, the others 204 to 208; projects found 148 of 208. After the development half's work the
# held-out half read 1135 of 1326 (85.6%). Targets with no doubt (xlsx): 153 of 159 blind. Then its failures were
# read: Vimwiki's \/ (a cell merged with the one above), a browser print's head and foot, header-block rows of one
# merged cell of key：value pairs, labels glued after the last cell of their block's first row (flat).
FLOORS["corpus23"] = {shape: 208 for shape in SHAPES} | {
    "lines": 208,
    "lines_dropped": 207,
    "aligned_centered": 203,
    "flat": 181,
    "pdftotext": 190,
}
# The twenty-fourth (tests/corpus24/README.md), measured blind at 4497b93: 1437 of 2574 in all shapes (55.8%); the
# development half (01-04) 716 of 1287, the held-out half (05-08) 721 of 1287. Trac's wiki tables (pipe), ClickHouse's
# TSVWithNamesAndTypes with each row numbered (tab), keys spread over their cells (aligned_centered), a Python list of
# rows (oneline) and a workbook with a hidden sheet of drop-down lists (xlsx, refused as two tables) 0 each; flat 99,
# pdftotext 167, lines_dropped 181, the others 198; projects found 128 of 208. After the development half's work the
# held-out half read 1223 of 1287 (95.0%). Targets with no doubt (pdf, csv): 139 of 140 blind.
FLOORS["corpus24"] = {shape: 198 for shape in SHAPES} | {
    "lines_dropped": 196,
    "aligned_centered": 197,
    "flat": 168,
    "pdftotext": 173,
}
# The twenty-fifth (tests/corpus25/README.md), the first with Word files, measured blind at 4118bb5: 2160 of 2772 in
# all shapes (77.9%; without the Word files 1962 of 2574, 76.2%). Hive's ^A-separated file (tab) and JavaScript's
# tables.push([...]) lines (oneline) 0 each, flat 105, aligned_centered 169 (a Word print, landscape, with a
# running head), pdftotext 157, lines 176 (LibreOffice Writer's text export), the others 195 to 198; projects found 192
# of 224. The held-out half (05-08), measured after the development half's work and before its failures were read:
# 1286 of 1386 (92.8%). Targets with no doubt (pipe, csv, pdf, docx): 129 of 136 blind (139 after the second reading).
FLOORS["corpus25"] = {shape: 198 for shape in SHAPES} | {
    "lines_dropped": 193,
    "aligned_top": 195,
    "aligned_centered": 195,
    "flat": 171,
    "pdftotext": 172,
}
# The twenty-sixth (tests/corpus26/README.md; its second reading changed no reading, doubts 56 -> 54, so 141 targets
# with no doubt, all right), measured blind at ceaef58: 1904 of 2730 in all
# shapes (69.7%); the development half (01-04) 971 of 1358, the held-out half (05-08) 933 of 1372. TiddlyWiki's tables
# (pipe), sqlite's .mode ascii with its record separators (tab) and PHP's serialize() of the rows (oneline) 0 each,
# flat 70, lines_dropped 151, lines 165, aligned_centered 173, aligned_top and pdftotext 185, the others 195; projects
# found 176 of 224. After the development half's work the held-out half read 1300 of 1372 (94.8%). Targets with no
# doubt (pipe_bare, csv, xlsx, pdf, docx): 134 of 139 blind.
FLOORS["corpus26"] = {shape: 195 for shape in SHAPES} | {
    "lines_dropped": 195,
    "aligned_top": 195,
    "aligned_centered": 187,
    "flat": 169,
    "pdftotext": 193,
}
# The twenty-seventh (tests/corpus27/README.md), measured blind at 8406731: 2340 of 2702 in all shapes (86.6%); the
# development half (01-04) 1165 of 1358, the held-out half (05-08) 1175 of 1344; every project found. Targets with no
# doubt (pipe_bare, csv, xlsx, pdf, docx): 120 of 122 blind; 134 after its second reading (one reading changed, doubts
# 71 -> 59).
FLOORS["corpus27"] = {shape: 193 for shape in SHAPES} | {
    "lines": 185,
    "lines_dropped": 185,
    "aligned_centered": 189,
    "flat": 142,
    "oneline": 138,
    # (185: its 完成进度 column, stacked 完成 / 进度 round the header's line, read since 2026-11 session 29; the
    # 满意度指 / 标 label then goes to the block's second row, 参观群众满意度, not its first)
    "pdftotext": 185,
}
# The twenty-eighth (tests/corpus28/README.md), measured blind at 4dd3523 (one document's one-line shape raised an
# IndexError there, fixed in the commit that added the corpus; that shape reads 0 either way): 2187 of 2688 in all
# shapes (81.4%); the development half (01-04) 1125 of 1344, the held-out half (05-08) 1062 of 1344. polars' printed
# frames (pipe) and a Go log line of the rows (oneline) 0 each; both read since. Its second reading changed one
# reading, doubts 57 -> 55: 137 undoubted targets.
FLOORS["corpus28"] = {shape: 192 for shape in SHAPES} | {
    "lines": 192,
    "lines_dropped": 189,
    "aligned_centered": 191,
    "flat": 165,
    "oneline": 186,
    "pdftotext": 179,
}
# The twenty-ninth (tests/corpus29/README.md), measured blind at bead103: 2286 of 2688 in all shapes (85.0%); the
# development half (01-04) 1172 of 1344, the held-out half (05-08) 1114 of 1344, and 1209 after the development
# half's work (aligned_centered, a budget system's report print, 0 -> 95 of 96 there); projects found 208 of 224.
# Targets with no doubt (pipe): 114 of 115 blind (500锭: 锭 a unit since).
FLOORS["corpus29"] = {shape: 192 for shape in SHAPES} | {
    "lines": 192,
    "lines_dropped": 189,
    "aligned_centered": 191,
    "flat": 162,
    "oneline": 181,
    "pdftotext": 172,
}
# The thirtieth (tests/corpus30/README.md), measured blind at a98db9c: 2466 of 2660 in all shapes (92.7%); the
# development half (01-04) 1255 of 1330, the held-out half (05-08) 1211 of 1330; every project found. Targets with no
# doubt (pipe): 129 of 130 blind. Then its placeholder words and its 调整表 title read, then (the next session) its
# html2text labels (pipe_bare 175 -> 190), flattened headers with two unknown names (flat 138 -> 156, one-line 87 ->
# 120). Its second reading changed one reading, doubts 60 -> 53: 137 undoubted targets.
FLOORS["corpus30"] = {shape: 190 for shape in SHAPES} | {
    "pipe_bare": 190,
    "lines": 190,
    "lines_dropped": 187,
    "aligned_centered": 188,  # (a file that fits labels centred on middle rows too: read so, see 2edc808)
    "flat": 167,
    "oneline": 131,
    "pdftotext": 174,
}
# The thirty-first (tests/corpus31/README.md), measured blind at 03965e1: 2293 of 2660 in all shapes (86.2%); the
# development half (01-04) 1199 of 1330, the held-out half (05-08) 1094 of 1330 blind and 1190 after the development
# half's work (Node's console.table, 0 of 95 there before); projects found 202 of 224 (a 绩效运行监控表's space-aligned
# pages skipped, read since). Targets with no doubt (pipe_bare, the pipe shape read nothing blind): 148 of 149. Its
# second reading changed no reading, doubts 46 -> 41: 149 undoubted targets.
FLOORS["corpus31"] = {shape: 190 for shape in SHAPES} | {
    "aligned_centered": 189,
    "flat": 183,
    "oneline": 161,
}
# The thirty-second (tests/corpus32/README.md), measured blind at 3f93c37: 2371 of 2688 in all shapes (88.2%); the
# development half (01-04) 1220 of 1344, the held-out half (05-08) 1151 of 1344 blind and 1200 after the development
# half's work (a project a line led by sqlite's row id, 0 of 192 at first; a unit printed before its comparator);
# projects found 208 of 224. Targets with no doubt (pipe): 124 of 125 blind (800千升 read as 800,000 升: 千升 a unit
# since). Its second reading changed four readings, doubts 69 -> 67.
FLOORS["corpus32"] = {shape: 192 for shape in SHAPES} | {
    "lines_dropped": 191,
    "aligned_top": 191,
    "aligned_centered": 189,
    "flat": 162,
    "oneline": 147,
    "pdftotext": 189,
}
# The thirty-third (tests/corpus33/README.md), measured blind at 95a8230: 2003 of 2688 in all shapes (74.5%); the
# development half (01-04) 1073 of 1344, the held-out half (05-08) 930 of 1344 blind and 1098 after the development
# half's work (sqlite's .mode qbox and a CSV of a staging table with its key columns, 0 of 192 each at first); projects
# found 192 of 224. Targets with no doubt (pipe_bare, the pipe shape read nothing blind): 124 of 141 (运算符 and 关系符,
# comparator columns the model did not name, 16: named since). Its second reading changed one reading, doubts 56 -> 51.
FLOORS["corpus33"] = {shape: 192 for shape in SHAPES} | {
    "lines_dropped": 191,
    "aligned_top": 190,
    "aligned_centered": 183,
    "flat": 166,
    "oneline": 156,
    "pdftotext": 191,
}
# The thirty-fourth (tests/corpus34/README.md), measured blind at 5b2e1cb: 2494 of 2688 in all shapes (92.8%); the
# development half (01-04) 1271 of 1344, the held-out half (05-08) 1223 of 1344 blind and 1247 after the development
# half's work (a grid of centred header words over left-aligned cells, its 二级 labels read as the 一级's; a
# 绩效目标调整申请表's title and a one-line header of two names the model does not know, read in the held-out half
# since, and 序号 in capital letters, A. B. …); projects found 224 of 224. Targets with no doubt (pipe): 140 of 140 blind. Its second reading changed two
# readings (八成, 九成 as 成), doubts 63 -> 53.
FLOORS["corpus34"] = {shape: 192 for shape in SHAPES} | {
    "lines": 192,
    "lines_dropped": 192,
    "aligned_centered": 183,
    "flat": 164,
    "oneline": 163,
    "pdftotext": 191,
}
# The thirty-fifth (tests/corpus35/README.md), written beside the thirty-fourth and measured blind at the same
# commit: 2357 of 2520 in all shapes (93.5%); the development half (01-04) 1195 of 1288, the held-out half (05-08)
# 1162 of 1232 blind and 1162 after the development half's work (比较关系 and 量纲 columns, sign words 以内; 待定 and
# 年内不设 placeholders); projects found 224 of 224. Targets with no doubt (pipe): 115 of 127 blind (比较关系 and 量纲,
# a comparator and a unit column the model did not name: 11; 十二讲, 讲 no unit: 1). Its second reading changed no
# reading, doubts 66 -> 53.
FLOORS["corpus35"] = {shape: 180 for shape in SHAPES} | {
    "aligned_centered": 172,
    "flat": 155,
    "oneline": 142,
    "pdftotext": 179,
}
# The thirty-sixth and thirty-seventh (tests/corpus36/README.md, tests/corpus37/README.md), written side by side by
# two writers given sectors apart, measured blind at one commit (c4cbb6f). Corpus 36: 2449 of 2674 in all shapes
# (91.6%); the development half (01-04) 1195 of 1344, the held-out half (05-08) 1254 of 1330 blind and 1265 after the
# development half's work (comparator and unit columns named 方向符, 比较方式, 指标单位, 取值单位; a print's foot of a
# name and 第2页 read as labels; placeholders 不涉及此项, 不作要求); projects found 224 of 224. Targets with no doubt
# (pipe): 110 of 134 blind. Its second reading changed no reading, doubts 64 -> 57. Corpus 37: 2277 of 2520 (90.4%);
# the development half 1189 of 1288, the held-out half 1088 of 1232 blind and 1066 after the development half's work
# (指标序号, named a 序号 column since, whose 甲1 cells the model did not take for 序号: its one cell a line lost 11),
# 1132 once read; projects found 224 of 224. Targets with no doubt (pipe): 103 of 119 blind (运算关系, 比对符, 计量单元,
# 单位符号: comparator and unit columns the model did not name). Its second reading changed one reading, doubts 64 -> 61.
FLOORS["corpus36"] = {shape: 191 for shape in SHAPES} | {
    "aligned_top": 186,
    "aligned_centered": 187,
    "flat": 173,
    "oneline": 143,
    "pdftotext": 184,
}
FLOORS["corpus37"] = {shape: 180 for shape in SHAPES} | {
    "lines": 169,
    "aligned_top": 180,
    "aligned_centered": 177,
    "flat": 168,
    "oneline": 158,
    "pdftotext": 143,
}
# The thirty-eighth and thirty-ninth (tests/corpus38/README.md, tests/corpus39/README.md), written side by side by two
# writers given sectors apart, measured blind at one commit (dd72042). Corpus 38: 2462 of 2674 in all shapes (92.1%);
# the development half (01-04) 1269 of 1386, the held-out half (05-08) 1193 of 1288 blind and 1229 after the work on
# both halves (上年同期值, a value the model keeps in extra, and 监管科室, who answers: named since); projects found 224
# of 224.
# Targets with no doubt (pipe): 109 of 130 blind. Its second reading changed one reading, doubts 61 -> 61. Corpus 39:
# 2325 of 2688 (86.5%); the development half 1181 of 1344 (a report engine's print whose page foot and the next
# page's first row share a line, a form feed between them: its space-aligned shapes 72 and 62 of 96), the held-out
# half 1144 of 1344 blind; projects found 224 of 224. Targets with no doubt (pipe): 90 of 132 blind (比较符号, 判断符,
# 计算单位: comparator and unit columns the model did not name). Its second reading changed no reading, doubts
# 71 -> 60.
FLOORS["corpus38"] = {shape: 191 for shape in SHAPES} | {
    "tab": 179,
    "lines": 190,
    "lines_dropped": 189,
    "aligned_centered": 190,
    "flat": 159,
    "oneline": 143,
    "pdftotext": 171,
}
FLOORS["corpus39"] = {shape: 192 for shape in SHAPES} | {
    "lines": 191,
    "lines_dropped": 189,
    "aligned_top": 190,
    "aligned_centered": 183,
    "flat": 162,
    "oneline": 139,
    "pdftotext": 185,
}
# The fortieth and forty-first (tests/corpus40/README.md, tests/corpus41/README.md), written side by side by two
# writers given sectors apart, measured blind at one commit (a418247). Corpus 40: 2455 of 2674 in all shapes (91.8%);
# the development half (01-04) 1247 of 1330, the held-out half (05-08) 1208 of 1344 blind and 1208 after the
# development half's work (its one cell a line from sqlite's list mode, 49 rows beyond its tables in each of two
# documents); projects found 224 of 224. Targets with no doubt (pipe): 113 of 143 blind (关系运算符, 指标类型 and
# 指标值符号: comparator columns the model did not name). Its second reading changed no reading, doubts 57 -> 48.
# Corpus 41: 2489 of 2688 (92.6%); the development half 1212 of 1344, the held-out half 1277 of 1344 blind and 1277
# after the development half's work; projects found 224 of 224. Targets with no doubt (pipe): 89 of 112 blind. Its
# second reading changed one reading, doubts 85 -> 80.
FLOORS["corpus40"] = {shape: 191 for shape in SHAPES} | {
    "lines": 184,
    "lines_dropped": 181,
    "aligned_top": 182,
    "aligned_centered": 187,  # (a file that fits labels centred on middle rows too: read so, see 2edc808)
    "flat": 117,
    "oneline": 110,
    "pdftotext": 188,
}
FLOORS["corpus41"] = {shape: 192 for shape in SHAPES} | {
    "lines": 187,
    "lines_dropped": 189,
    "aligned_top": 192,
    "aligned_centered": 192,
    "flat": 148,
    "oneline": 134,
    "pdftotext": 187,
}
# The forty-second and forty-third (tests/corpus42/README.md, tests/corpus43/README.md), written side by side by two
# writers given sectors apart, measured blind at one commit (c6dcc44). Corpus 42: 2361 of 2688 in all shapes (87.8%);
# the development half (01-04) 1239 of 1344 blind and 1269 after its work, the held-out half (05-08) 1122 of 1344
# blind, 1134 after the development half's work and 1267 after work on it (序号 written #01, 指标01 and （壹）; a 一级
# cell broken by a typed line break before its points). Targets with no doubt (pipe): 86 of 110 blind (判定符, 关系符号,
# 取值符号 and 数值单位: comparator and unit columns the model did not name), 122 of 125 since. Its second reading
# changed no reading, doubts 82 -> 67. Corpus 43: 2445 of 2688 (91.0%); the development half 1231 of 1344 blind and
# 1274 after its work, the held-out half 1214 of 1344 blind, 1229 after the development half's work and 1285 after
# work on it (a weight printed 10%; a rank column, 核心 or 一般, between the name and the value); targets with no
# doubt (pipe) 91 of 127 blind (比较方法, 大小关系, 比较标识, 运算标识, 计数单位, 单位名称), 133 of 133 since. Its
# second reading changed two readings, doubts 65 -> 59. The held-out halves' comparator and unit column names were
# seen (in the blind list of targets read wrong) before those names were added.
FLOORS["corpus42"] = {shape: 192 for shape in SHAPES} | {
    "lines_dropped": 187,
    "aligned_top": 192,
    "aligned_centered": 192,
    "flat": 146,
    "oneline": 128,
    "pdftotext": 187,
}
FLOORS["corpus43"] = {shape: 192 for shape in SHAPES} | {
    "lines_dropped": 189,
    # (190 before a centred row's unit cell hinted its 二级: 获省级以上奖项 | 10 | 项 reads as a count since, under
    # 数量指标 where 质量指标 is written; 14 rows gained over the corpora, two lost)
    "aligned_centered": 189,
    "flat": 173,
    "oneline": 156,
    "pdftotext": 185,
}
# The forty-fourth and forty-fifth (tests/corpus44/README.md, tests/corpus45/README.md), written side by side by two
# writers given sectors apart, measured blind at one commit (b6b8632). Corpus 44: 2515 of 2702 in all shapes (93.1%);
# the development half (01-04) 1257 of 1358 blind and 1303 after its work, the held-out half (05-08) 1258 of 1344 blind,
# 1258 after the development half's work and 1283 after work on it. Targets with no doubt (pipe): 100 of 136 blind (比较类型 and 关系类型,
# comparator columns the model did not name; 万美元 and 展次, units), 119 since. Its second reading changed four
# readings, doubts 64 -> 57. Corpus 45: 2604 of 2716 (95.9%); the development half 1302 of 1372 blind and 1350 after
# its work, the held-out half 1302 of 1344 blind, 1308 after the development half's work and 1313 after work on it; targets with no doubt
# (pipe) 97 of 129 blind (比较类型, 比较要求, 数量单位 and 计量单位名称), 127 since. Its second reading changed no
# reading, doubts 65 -> 65.
FLOORS["corpus44"] = {shape: 193 for shape in SHAPES} | {
    "lines_dropped": 190,
    "aligned_centered": 191,
    "flat": 170,
    "oneline": 150,
    "pdftotext": 176,
}
FLOORS["corpus45"] = {shape: 194 for shape in SHAPES} | {
    "lines_dropped": 193,
    "aligned_centered": 190,
    # (176 and 171 before 减少 before a number started a value: 纸质投标文件减少|90%以上 now parts at 减少)
    "flat": 177,
    "oneline": 175,
    "pdftotext": 193,
}
# The forty-sixth and forty-seventh (tests/corpus46/README.md, tests/corpus47/README.md), written side by side by two
# writers given sectors apart, measured blind at one commit (fbab0ea), on the second readers' expected files. Corpus
# 46: 2396 of 2590 in all shapes (92.5%); the development half (01-04) 1226 of 1344 blind, the held-out half (05-08)
# 1170 of 1246 blind. Targets with no doubt (pipe): 95 of 121 blind. Its second reading changed two readings, doubts
# 76 -> 64. Corpus 47: 2501 of 2716 (92.1%); the development half 1280 of 1372 blind, the held-out half 1221 of 1344
# blind (a one-line copy of each project, rows parted by U+000B, 19 of 96 there); targets with no doubt (pipe) 105 of
# 123 blind. Its second reading changed one reading, doubts 75 -> 71. Read since: three placeholder words (本年度未纳入,
# 年度不考核, 未确定) and a collection's title in an Org heading (* …绩效目标汇编), read as rows in every shape.
FLOORS["corpus46"] = {shape: 185 for shape in SHAPES} | {
    "lines": 185,
    "lines_dropped": 182,
    "aligned_centered": 172,
    "flat": 155,
    "oneline": 143,
    "pdftotext": 179,
}
FLOORS["corpus47"] = {shape: 194 for shape in SHAPES} | {
    "lines": 193,
    "lines_dropped": 191,
    "aligned_centered": 189,
    "flat": 172,
    "oneline": 172,
    "pdftotext": 183,
}
# The forty-eighth and forty-ninth (tests/corpus48/README.md, tests/corpus49/README.md), written side by side by two
# writers given sectors apart, measured blind at one commit (a5ec264; the same at 36ae7b0, the session's start), on the
# second readers' expected files. Corpus 48: 2375 of 2688 in all shapes (88.4%); the development half (01-04) 1182 of
# 1344 blind, the held-out half (05-08) 1193 of 1344 blind. Targets with no doubt (pipe): 88 of 129 blind (comparator
# and unit columns named 限定符, 关系式, 约束符号, 指标计量单位, 目标单位). Its second reading changed three readings,
# doubts 63 -> 63. Corpus 49: 2487 of 2660 (93.5%); the development half 1208 of 1316 blind, the held-out half 1279 of
# 1344 blind; targets with no doubt (pipe) 98 of 120 blind (达标符号, 数值符号, 计量口径, 量纲单位). Its second reading
# changed one reading, doubts 80 -> 70. Read since: a column the model does not name typed by its cells (every cell a
# comparator, or a unit), placeholder words (本项不设, 未列, 不计列, 本项暂缺, 本项不涉及, 本年度无该类指标), 序号 columns
# named 行次, 序次, 编号 … and 序号 written 1-①, C1, 一、1.
FLOORS["corpus48"] = {shape: 192 for shape in SHAPES} | {
    "lines_dropped": 190,
    "aligned_centered": 188,  # (a file that fits labels centred on middle rows too: read so, see 2edc808)
    "flat": 143,
    "oneline": 118,
    "pdftotext": 182,
}
FLOORS["corpus49"] = {shape: 190 for shape in SHAPES} | {
    "lines_dropped": 189,
    "aligned_top": 188,
    "aligned_centered": 182,
    "flat": 156,
    "oneline": 156,
    "pdftotext": 186,
}
# The fiftieth and fifty-first (tests/corpus50/README.md, tests/corpus51/README.md), written side by side by two
# writers given sectors apart, measured blind on the second readers' expected files. Corpus 50 at 51b8f3f (the same
# at 5416956, the session's start): 2363 of 2576 in all shapes (91.7%); the development half (01-04) 1191 of 1288,
# the held-out half (05-08) 1172 of 1288; targets with no doubt (pipe) 111 of 111. Its second reading changed five
# readings, doubts 76 -> 73. Corpus 51 at f3e7e1a, after corpus 50's first fix (2478 at 5416956): 2480 of 2688
# (92.3%); the development half 1319 of 1386, the held-out half 1161 of 1302; targets with no doubt (pipe) 112 of
# 113. Its second reading changed one reading, doubts 86 -> 79. Read since: header names stacked from words that
# begin known ones (计值 / 符号), w3m's bordered grids (merged labels on the rules), nested 序号 (一(1)), 实施周期 and
# 执行年度 as the 项目期, placeholder words with a kind before them (此类指标不适用).
FLOORS["corpus50"] = {shape: 184 for shape in SHAPES} | {
    "lines_dropped": 181,
    "aligned_centered": 182,
    "flat": 143,
    "oneline": 129,
    "pdftotext": 179,
}
FLOORS["corpus51"] = {shape: 192 for shape in SHAPES} | {
    "lines": 191,
    "lines_dropped": 186,
    "aligned_top": 189,
    "aligned_centered": 186,
    "flat": 170,
    "oneline": 133,
    "pdftotext": 188,
}
# The fifty-second and fifty-third (tests/corpus52/README.md, tests/corpus53/README.md), written side by side by two
# writers given sectors apart (both after the work on corpora 50 and 51), measured blind at e5baa49 on the second
# readers' expected files. Corpus 52: 2487 of 2646 in all shapes (94.0%; 2486 at 5416956, the session's start); the
# development half (01-04) 1273 of 1344, the held-out half (05-08) 1214 of 1302; targets with no doubt (pipe) 133 of
# 134. Its second reading changed one reading, doubts 62 -> 55. Corpus 53: 2432 of 2632 (92.4%; 2398 at 5416956); the
# development half 1237 of 1330, the held-out half 1195 of 1302; targets with no doubt (pipe) 125 of 126. Its second
# reading changed none, doubts 68 -> 62. Read since: placeholder words with two subjects, 暂, an object (该类指标本年不
# 设置, 本项目未设此类指标, 本项目无此内容), 序号 written A.01.
FLOORS["corpus52"] = {shape: 189 for shape in SHAPES} | {
    "lines_dropped": 187,
    "aligned_top": 188,
    "aligned_centered": 184,
    "flat": 157,
    "oneline": 138,
    "pdftotext": 188,
}
FLOORS["corpus53"] = {shape: 188 for shape in SHAPES} | {
    "lines": 186,
    "lines_dropped": 178,
    "aligned_top": 188,
    "aligned_centered": 187,
    "flat": 164,
    "oneline": 152,
    "pdftotext": 182,
}
# The fifty-fourth and fifty-fifth (tests/corpus54/README.md, tests/corpus55/README.md), written side by side by two
# writers given sectors apart (both after the work on corpora 52 and 53), measured blind at 9290257 on the second
# readers' expected files. Corpus 54: 2509 of 2702 in all shapes (92.9%; 2483 at 5416956, the session's start); the
# development half (01-04) 1257 of 1358, the held-out half (05-08) 1252 of 1344; targets with no doubt (pipe) 113 of
# 133 (a sign column named 比较判定 left untyped by csvlook's column letters over the next table). Its second reading
# changed two readings, doubts 70 -> 60. Corpus 55: 2313 of 2450 (94.4%; 2312 at 5416956); the development half 1183
# of 1246, the held-out half 1130 of 1204; targets with no doubt (pipe) 115 of 117. Its second reading changed three
# readings, doubts 69 -> 58. Read since: a sheet's column letters (a | b | c) as furniture, placeholder words with an
# object (年度无此考核, 本项目不设成本指标).
FLOORS["corpus54"] = {shape: 193 for shape in SHAPES} | {
    "lines": 192,
    "lines_dropped": 190,
    "aligned_top": 189,
    "aligned_centered": 189,
    "flat": 156,
    "oneline": 140,
    "pdftotext": 186,
}
FLOORS["corpus55"] = {shape: 175 for shape in SHAPES} | {
    "lines_dropped": 173,
    "aligned_centered": 171,
    "flat": 145,
    "oneline": 122,
    "pdftotext": 170,
}
# The fifty-sixth and fifty-seventh (tests/corpus56/README.md, tests/corpus57/README.md), written side by side by two
# writers given sectors apart, measured blind at 84d059d on the second readers' expected files. Corpus 56: 2397 of
# 2492 in all shapes (96.2%; 2366 at 7f75001, the session's start); the development half (01-04) 1242 of 1288, the
# held-out half (05-08) 1155 of 1204; targets with no doubt (pipe) 95 of 104. Its second reading changed one reading,
# doubts 80 -> 74. Corpus 57: 2331 of 2646 (88.1%; 2330 at 7f75001); the development half 1189 of 1316, the held-out
# half 1142 of 1330; targets with no doubt (pipe) 132 of 144. Its one cell a line read nothing (0 of 189): a database's
# NULL cells a line each, read since as empty cells; a query client's echo and footer (impala-shell) had been read as
# rows. Its second reading changed one reading, doubts 45 -> 45. Read since: 序号 within parts named by a category or a
# heavenly stem with a dash (产出-1, 甲-1), a deviation's column however worded, the period as a placeholder's object.
FLOORS["corpus56"] = {shape: 178 for shape in SHAPES} | {
    "lines": 177,
    "lines_dropped": 175,
    "aligned_centered": 177,
    "flat": 153,
    "oneline": 143,
    "pdftotext": 170,
}
FLOORS["corpus57"] = {shape: 189 for shape in SHAPES} | {
    "lines": 188,
    "lines_dropped": 186,
    "aligned_centered": 186,
    "flat": 168,
    "oneline": 166,
    "pdftotext": 179,
}
# The fifty-eighth and fifty-ninth (tests/corpus58/README.md, tests/corpus59/README.md), written side by side by two
# writers given sectors apart, measured blind at cba7651 on the second readers' expected files. Corpus 58: 2351 of
# 2436 in all shapes (96.5%; 2339 at 7f75001, the session's start); the development half (01-04) 1193 of 1232, the
# held-out half (05-08) 1158 of 1204; targets with no doubt (pipe) 133 of 133. Its second reading changed two readings,
# doubts 45 -> 41. Corpus 59: 2418 of 2548 (94.9%; 2393 at 7f75001); the development half 1212 of 1260, the held-out
# half 1206 of 1288; targets with no doubt (pipe) 119 of 119. Its second reading changed two readings, doubts 76 -> 63.
# Read since: a rule line after a page's form feed (corpus 58's report print), 序号 marked №, placeholder words of a
# field, a kind of benefit and evaluation (此栏不填, 本项目无此类效益, 暂不评价).
FLOORS["corpus58"] = {shape: 174 for shape in SHAPES} | {
    "aligned_top": 170,
    "aligned_centered": 169,
    "flat": 156,
    "oneline": 146,
    "pdftotext": 172,
}
FLOORS["corpus59"] = {shape: 182 for shape in SHAPES} | {
    "lines": 182,
    "lines_dropped": 180,
    "aligned_centered": 170,
    "flat": 157,
    "oneline": 138,
    "pdftotext": 179,
}
# The sixtieth and sixty-first (tests/corpus60/README.md, tests/corpus61/README.md), written side by side by two
# writers given sectors apart, measured blind at 5bd40edc on the second readers' expected files. Corpus 60: 2592 of
# 2702 in all shapes (95.9%; 2584 at 7f75001, the session's start); the development half (01-04) 1319 of 1386, the
# held-out half (05-08) 1273 of 1316; targets with no doubt (pipe) 126 of 128. Its second reading changed no reading,
# doubts 80 -> 65. Corpus 61: 2531 of 2674 (94.7%; the same at 7f75001); the development half 1268 of 1344, the
# held-out half 1263 of 1330; targets with no doubt (pipe) 116 of 124. Its second reading changed two readings, doubts
# 81 -> 67. Read since: 序号 产出1 and 1-a, placeholder words 本次活动不设该类指标 and 无相应指标.
FLOORS["corpus60"] = {shape: 193 for shape in SHAPES} | {
    "lines_dropped": 190,
    "aligned_centered": 189,
    "flat": 161,
    "oneline": 145,
    "pdftotext": 190,
}
FLOORS["corpus61"] = {shape: 191 for shape in SHAPES} | {
    "lines_dropped": 190,
    "aligned_centered": 187,
    "flat": 160,
    "oneline": 139,
    "pdftotext": 174,
}
# The sixty-second and sixty-third (tests/corpus62/README.md, tests/corpus63/README.md), written side by side by two
# writers given sectors apart, each measured blind on its second reader's expected files. Corpus 62, at 37b5510d:
# 2505 of 2688 in all shapes (93.2%; 2475 at 6096a201, the session's start); the development half (01-04) 1250 of
# 1344, the held-out half (05-08) 1255 of 1344; targets with no doubt (pipe) 129 of 139. Its second reading changed one
# reading, doubts 58 -> 53. Corpus 63, at bd32299a (after the work on corpus 62): 2599 of 2772 (93.8%; the same at
# 6096a201); the development half 1351 of 1456, the held-out half 1248 of 1316; targets with no doubt (pipe) 107 of
# 120. Its second reading changed three readings, doubts 86 -> 78. Read since: GNU pr's page heads, comparator columns
# named 达成要求, 上下限 and 数值关系, unit columns 衡量单位 and 指标量纲, a deviation's column 偏差产生原因及应对措施,
# placeholders 无考核要求 and 不纳入本年度考核, the period keys 建设期限 and 项目实施期.
FLOORS["corpus62"] = {shape: 192 for shape in SHAPES} | {
    "lines_dropped": 191,
    "aligned_centered": 190,
    "flat": 170,
    "oneline": 137,
    "pdftotext": 167,
}
FLOORS["corpus63"] = {shape: 198 for shape in SHAPES} | {
    "lines_dropped": 196,
    "aligned_top": 196,
    "aligned_centered": 193,
    "flat": 170,
    "oneline": 145,
    "pdftotext": 188,
}
# The sixty-fourth and sixty-fifth (tests/corpus64/README.md, tests/corpus65/README.md), written side by side by two
# writers given sectors apart, each measured blind on its second reader's expected files. Corpus 64, at 1fef5b0a (after
# the work on corpora 62 and 63): 2541 of 2716 in all shapes (93.6%; the same at 6096a201, the session's start); the
# development half (01-04) 1286 of 1372, the held-out half (05-08) 1255 of 1344; targets with no doubt (pipe) 144 of
# 144. Its second reading changed no reading, doubts 55 -> 50. Corpus 65, at f5f7cd5a (after the work on corpus 64):
# 2416 of 2646 (91.3%; the same at 6096a201); the development half 1213 of 1330, the held-out half 1203 of 1316;
# targets with no doubt (pipe) 121 of 133. Its second reading changed three readings, doubts 68 -> 56. Read since
# (corpus 64's): terminaltables' caption in a grid's top rule, pyexcel's title written in every column, the placeholder
# 今年不纳入考核, sign columns named 取值要求 and 判定要求.
FLOORS["corpus64"] = {shape: 194 for shape in SHAPES} | {
    "lines_dropped": 191,
    "aligned_centered": 187,
    "flat": 151,
    "oneline": 125,
    "pdftotext": 180,
}
FLOORS["corpus65"] = {shape: 189 for shape in SHAPES} | {
    "lines": 177,
    "lines_dropped": 177,
    "aligned_centered": 184,
    "flat": 134,
    "oneline": 109,
    "pdftotext": 178,
}
# The sixty-sixth and sixty-seventh (tests/corpus66/README.md, tests/corpus67/README.md), written side by side by two
# writers given sectors apart, each measured blind on its second reader's expected files at af64c7d3 (after this
# session's work on flattened values and header names) and at 884a05c7 (the session's start). Corpus 66: 2470 of 2688
# (91.9%; 2467 at the start); corpus 67: 2413 of 2688 (89.8%; the same at the start); the held-out halves (05-08)
# 2385 of 2660; targets with no doubt (pipe) 139 of 142 and 149 of 153. Their second readings changed one reading each,
# doubts 57 -> 50 and 37 -> 39. Read since: a 序号 parted by a dash or closed by an ideographic full stop (1—1, 1。),
# or a Roman numeral in brackets (（Ⅰ）); labels printed after the name and its value (三级指标|年度指标值|一级指标…),
# one cell a line and flattened; a sign and a unit named after the target (目标值符号, 指标值计量单位, 目标值单位); a
# target table's title with a long bracketed note after a budget table's; compliance with a standard's code.
FLOORS["corpus66"] = {shape: 192 for shape in SHAPES} | {
    "lines": 192,
    "lines_dropped": 191,
    "aligned_top": 189,
    "aligned_centered": 186,
    "flat": 169,
    "oneline": 131,
    "pdftotext": 182,
}
FLOORS["corpus67"] = {shape: 192 for shape in SHAPES} | {
    "lines": 192,
    "lines_dropped": 186,
    "aligned_centered": 190,
    "flat": 158,
    "oneline": 121,
    "pdftotext": 163,
}

# Projects not found, where some are not (a ceiling: only goes down; corpus 10's pdftotext missed two of the
# held-out half at its first read, keys wrapped in a narrow key column, and corpus 13's flattened text three, a
# space where a project's name wrapped: all found since).
# Corpus 18's header blocks laid across, keys over values wrapped line by line, are not read in the flattened
# shape (none of its projects found there; its one-line copy, cells one space apart, reads them); one cell a line, one block whose values part two ways (a line
# that fills the width may end a value or go on) is left unread.
UNFOUND: dict[tuple[str, str], int] = {
    ("corpus18", "lines"): 1,
    ("corpus18", "lines_dropped"): 1,
    ("corpus18", "flat"): 16,
    # (corpus 66's pdftotext 02, both projects at first: its title's bracketed note of 13 characters, after a budget
    # table's, was no title: all found since)
}
# Indicators read that a table does not hold, in a shape whose cells are certain (a ceiling: only goes down).
# Corpus 11's one cell a line had one (林草覆盖率提高 | 3 read as the value of the free text before it): its rows are
# now read as their columns from their first label on (merged continuations dropped, empty cells kept), none since.
# Corpus 18's one cell a line: its grid cells wrapped at their columns' widths (受理12315平台消费投诉举报 / 件数) are
# read as cells of their own, rows shifted: 71 indicators beyond its tables at first, 51 now (50 before a short
# name's next line was read as its value of words where that line is the longer: 适配后3个月内回 / 访1次 shifted).
SPURIOUS: dict[tuple[str, str], int] = {
    ("corpus18", "lines"): 47,
    # (corpus 65's one cell a line: mammoth's text of the Word file leaves out the cells a vertical merge covers and
    # writes an empty line after every cell, its rows placed by content: three rows a column off)
    ("corpus65", "lines"): 3,
    # corpus 27's one cell a line (13 at first, 1 now): rows of an evaluation framework whose last column is free
    # text, its merged labels' continuations dropped and its empty cells kept, read by content
    ("corpus27", "lines"): 1,
    # (corpus 28's one cell a line: 40 at first, 13 since 序号 in brackets, 【1】, are 序号, none since nested ones,
    # 一(1), are too)
    # corpus 38's held-out half: two rows read beyond its tables in every shape, one since placeholder words with a
    # kind before them (此类指标不适用 …) are read; the other not looked at yet
    **{("corpus38", shape): 1 for shape in ("pipe", "pipe_bare", "tab", "csv", "lines", "xlsx", "pdf")},
    # corpus 40's held-out half: two rows read beyond its tables in the pipe shape (one since the placeholder words
    # above), not looked at yet; and its one cell a line from sqlite's list mode (50 rows beyond blind, 36 since 序号
    # in four digits, 0101, are 序号: the rest a monitoring table's columns of progress)
    ("corpus40", "pipe"): 1,
    ("corpus40", "lines"): 36,
    # (corpus 46's one cell a line: 33 at first, 13 since comparator and unit columns named 测度符号, 度量符号, 量化单位
    # and 核算单位 are read, none since 第一 … 第十二 are 序号; corpus 47's 16 at first, none since 判别符号, 比较运算,
    # 计量名称 and 单位口径 are read)
    # corpus 51's placeholder row 不单设经济效益 | 无 (a category's name after the words for none) read as an
    # indicator, and in its one cell a line one more
    **{("corpus51", shape): 1 for shape in ("pipe", "pipe_bare", "tab", "csv", "xlsx", "pdf")},
    ("corpus51", "lines"): 2,
    # corpus 53's one cell a line: a 序号 grid whose 一级 stands in a column the model does not name (指标所属类别,
    # kept in extra as its expected files keep it): its category words read as cells of the rows beside them
    ("corpus53", "lines"): 11,
    # (corpus 54's one cell a line, ten rows beyond its tables: not looked at yet)
    ("corpus54", "lines"): 10,
    # (corpus 56's one cell a line: a 序号 grid with a free column last, one value of two lines with a bracket in it,
    # 满足中型直升机起降（起飞全重≤13t）, where the cells are placed by content: its later rows a column off)
    ("corpus56", "lines"): 7,
    # (corpora 66 and 67, not looked at yet: one row in every shape; in one cell a line, 17 and 23 at first, where the
    # name is printed before the labels, 三级指标 | 年度指标值 | 一级指标 …, or a sign and a unit are named after the
    # target, 目标值符号 | 指标值 | 指标值计量单位, rows placed by content a column off: one each since)
    **{("corpus66", shape): 1 for shape in ("pipe", "pipe_bare", "tab", "csv", "xlsx", "pdf", "pdftotext", "docx")},
    **{("corpus66", shape): 1 for shape in ("lines", "lines_dropped")},
    **{("corpus66", shape): 2 for shape in ("aligned_top", "aligned_centered")},
    ("corpus66", "flat"): 3,
    ("corpus66", "oneline"): 7,
    **{("corpus67", shape): 1 for shape in ("pipe_bare", "tab", "csv", "xlsx", "pdf", "docx")},
    ("corpus67", "pipe"): 2,
    **{("corpus67", shape): 1 for shape in ("lines", "lines_dropped")},
    **{("corpus67", shape): 2 for shape in ("aligned_top", "aligned_centered")},
    ("corpus67", "flat"): 3,
    ("corpus67", "oneline"): 7,
    ("corpus67", "pdftotext"): 6,
}
# Header-block fields (项目名称, 主管部门 … 年度目标, the amounts) read as a value other than the source table's (a
# ceiling: only goes down; a field not read is not counted here). First measured in the session that added it:
# the pipe shape 34 wrong of 2,519 (corpora 2-18; equal amounts taken for one merged cell, 联系人 joined to the
# 项目期: 0 since), then all shapes 524 wrong of 32,578 (one cell a line 89 each: a year under 项目期 dropped as a
# title's, 0 since); with corpora 1 and 19, 362 of 38,441 at the end. What remains is in the space-aligned,
# pdftotext and flattened shapes.
FIELDS_WRONG: dict[tuple[str, str], int] = {
    ("corpus33", "pdftotext"): 3,
    ("corpus30", "pdftotext"): 1,
    ("corpus29", "lines"): 1,
    ("corpus29", "lines_dropped"): 1,
    ("corpus29", "oneline"): 1,
    ("corpus29", "pdftotext"): 1,
    ("corpus24", "pdftotext"): 2,
    ("corpus23", "pdftotext"): 3,
    ("corpus23", "aligned_centered"): 2,
    ("corpus20", "pdftotext"): 1,
    ("corpus", "pdftotext"): 2,
    ("corpus4", "aligned_centered"): 14,
    ("corpus5", "aligned_centered"): 3,
    ("corpus5", "pdftotext"): 1,
    ("corpus6", "pdftotext"): 2,
    ("corpus7", "pdftotext"): 1,
    ("corpus8", "aligned_top"): 5,
    ("corpus8", "flat"): 10,
    ("corpus8", "oneline"): 8,
    ("corpus8", "pdftotext"): 1,
    ("corpus9", "pdftotext"): 2,
    ("corpus10", "pdftotext"): 7,
    ("corpus11", "pdftotext"): 5,
    ("corpus12", "pdftotext"): 2,
    ("corpus14", "pdftotext"): 1,
    ("corpus17", "aligned_top"): 9,
    ("corpus17", "aligned_centered"): 9,
    ("corpus17", "pdftotext"): 2,
    ("corpus18", "aligned_top"): 3,
    ("corpus18", "aligned_centered"): 3,
    ("corpus18", "oneline"): 1,
    ("corpus18", "pdftotext"): 1,
    # corpus 36: a column before the categories (子项名称) whose name is read as more of the 年度目标 above it, one cell
    # a line and on one line; its centred header block's wrapped goal
    ("corpus36", "lines"): 2,
    ("corpus36", "lines_dropped"): 2,
    ("corpus36", "aligned_top"): 2,
    ("corpus36", "oneline"): 2,
    ("corpus37", "pdftotext"): 5,
    ("corpus38", "flat"): 1,
    ("corpus38", "oneline"): 2,
    ("corpus38", "pdftotext"): 1,
    # corpus 40's pdftotext; corpus 41's column before the categories (实施内容, 服务事项) whose name is read into the
    # 年度目标 above it
    ("corpus40", "pdftotext"): 2,
    ("corpus41", "lines"): 2,
    ("corpus41", "lines_dropped"): 2,
    ("corpus41", "oneline"): 2,
    ("corpus44", "oneline"): 2,
    ("corpus44", "pdftotext"): 2,
    ("corpus45", "aligned_top"): 1,
    ("corpus45", "aligned_centered"): 1,
    ("corpus45", "pdftotext"): 2,
    ("corpus46", "pdftotext"): 1,
    # (corpus 47's 实施期限, a 项目期 the model did not name: its value read into the 项目属性 above it, 2 a shape)
    ("corpus47", "flat"): 1,
    ("corpus47", "oneline"): 1,
    ("corpus47", "pdftotext"): 2,
    # (corpora 45, 48 and 49 one fewer a shape since 实施周期, 执行年度, 执行期间 name the 项目期)
    ("corpus48", "pdftotext"): 1,
    **{("corpus49", shape): 1 for shape in ("lines", "lines_dropped", "aligned_top", "aligned_centered", "flat")},
    ("corpus49", "oneline"): 1,
    ("corpus49", "pdftotext"): 3,
    **{("corpus50", shape): 1 for shape in ("aligned_top", "aligned_centered")},
    ("corpus50", "oneline"): 3,
    ("corpus51", "oneline"): 4,
    ("corpus51", "pdftotext"): 2,
    ("corpus52", "pdftotext"): 2,
    ("corpus53", "pdftotext"): 3,
    **{("corpus54", shape): 1 for shape in ("lines", "lines_dropped", "aligned_top", "aligned_centered", "flat")},
    ("corpus54", "oneline"): 1,
    ("corpus54", "pdftotext"): 4,
    ("corpus55", "aligned_top"): 1,
    ("corpus55", "aligned_centered"): 1,
    ("corpus55", "oneline"): 2,
    ("corpus55", "pdftotext"): 3,
    **{("corpus56", shape): 1 for shape in ("aligned_top", "aligned_centered", "pdftotext")},
    ("corpus56", "oneline"): 3,
    **{("corpus57", shape): 3 for shape in ("aligned_top", "aligned_centered")},
    ("corpus57", "pdftotext"): 7,
    ("corpus58", "flat"): 1,
    ("corpus58", "oneline"): 2,
    **{("corpus59", shape): 1 for shape in ("aligned_top", "aligned_centered", "oneline")},
    ("corpus59", "pdftotext"): 3,
    **{("corpus60", shape): 1 for shape in ("lines", "lines_dropped", "flat")},
    # (its one line: a placeholder row read as an indicator, 此类指标暂未设定 written twice, counted beyond the table
    # since the row before it is read, 符合国家毽球竞赛规则 a value of its own, no longer glued to the free text above)
    ("corpus60", "oneline"): 2,
    **{("corpus60", shape): 4 for shape in ("aligned_top", "aligned_centered")},
    ("corpus60", "pdftotext"): 5,
    **{("corpus61", shape): 1 for shape in ("aligned_top", "aligned_centered")},
    ("corpus61", "oneline"): 2,
    ("corpus61", "pdftotext"): 4,
    # (corpus 62's key 项目实施期 read since; what is left: header-block keys the model does not know, 天文馆建筑面积
    # 6800平方米, beside values in space-aligned and flattened text; corpus 63's one cell a line: a workbook reader that
    # writes a merged goal once for each column it spans, the copies joined into one value)
    ("corpus62", "aligned_top"): 2,
    ("corpus62", "aligned_centered"): 3,
    **{("corpus62", shape): 4 for shape in ("flat", "oneline")},
    ("corpus62", "pdftotext"): 7,
    **{("corpus63", shape): 3 for shape in ("lines", "lines_dropped")},
    **{("corpus63", shape): 4 for shape in ("aligned_top", "aligned_centered")},
    ("corpus63", "oneline"): 1,
    ("corpus63", "pdftotext"): 7,
    # (corpora 64 and 65: a header-block key the model does not know beside the 项目属性, 示范面积 1.2万亩, and
    # pdftotext's interleaved keys)
    **{("corpus64", shape): 1 for shape in ("lines", "lines_dropped", "aligned_top", "aligned_centered", "flat")},
    ("corpus64", "oneline"): 1,
    ("corpus64", "pdftotext"): 2,
    **{("corpus65", shape): 1 for shape in ("aligned_top", "aligned_centered", "oneline")},
    ("corpus65", "pdftotext"): 2,
    # (corpora 66 and 67: a header-block key the model does not know, and pdftotext's interleaved keys; corpus 67's
    # space-aligned 01, not looked at yet)
    **{("corpus66", shape): 1 for shape in ("lines", "lines_dropped", "aligned_top", "aligned_centered", "flat")},
    ("corpus66", "oneline"): 1,
    ("corpus66", "pdftotext"): 6,
    **{("corpus67", shape): 4 for shape in ("aligned_top", "aligned_centered")},
    **{("corpus67", shape): 1 for shape in ("flat", "oneline")},
    ("corpus67", "pdftotext"): 7,
}
# Targets read as a number that is not the one written (a ceiling: only goes down; a wrong number is worse than none).
# First counted at 39 over corpora 1-35 (corpus 23's target glued to its actual, ≥40|42 read as ≥4042: reported since);
# what is left: a period's value read as the year's where two targets part wrongly, a date cut at its year, and
# pdftotext's interleaved lines.
NUMBERS_WRONG: dict[tuple[str, str], int] = {
    # (corpus 64's flattened 02: a unit's column named 计量, known only as a whole cell, leaves 计量权重 one free name,
    # the weight's digits read into a value of words, 控制在合理水平5; corpus 65's 08: a 权重 printed before its value
    # takes the value's first digit, 10|15万件 read as 101|5万件)
    ("corpus64", "flat"): 1,
    ("corpus64", "oneline"): 2,
    ("corpus65", "flat"): 1,
    ("corpus65", "oneline"): 1,
    # (corpus 67's one line 02, a 分值 glued to a value of words, 显著提升8; its pdftotext 03, lines interleaved; not
    # looked at yet; corpus 66's flattened 02 had one, 每站每月不少于2次 read where the 分值 24 was, none since its
    # header's 目标值符号 and 指标值计量单位 are read)
    ("corpus67", "oneline"): 1,
    ("corpus67", "pdftotext"): 1,
    ("corpus23", "flat"): 2,
    ("corpus23", "pdftotext"): 3,
    ("corpus24", "flat"): 1,
    ("corpus25", "lines_dropped"): 1,
    ("corpus25", "pdftotext"): 5,
    ("corpus30", "oneline"): 1,
    ("corpus32", "flat"): 2,
    ("corpus33", "oneline"): 1,
    ("corpus38", "oneline"): 1,
    ("corpus40", "flat"): 1,
    ("corpus40", "oneline"): 1,
    ("corpus44", "flat"): 1,
    # (corpus 49's: a date cut for the score after it in flattened rows, ≤2025年9月30日5 read as ≤20 and 25; corpus
    # 48's the same, none since a free last column's words held by other rows end a row's values)
    ("corpus49", "flat"): 1,
    ("corpus49", "oneline"): 1,
    ("corpus51", "oneline"): 3,
    # (corpus 52's and 53's, not looked at yet)
    ("corpus52", "flat"): 1,
    ("corpus52", "oneline"): 2,
    **{("corpus54", shape): 1 for shape in ("flat", "oneline")},
    **{("corpus56", shape): 1 for shape in ("flat", "oneline")},
    ("corpus57", "oneline"): 1,
    ("corpus58", "flat"): 2,
    ("corpus58", "oneline"): 1,
}
EXTRAS = {"xlsx": "openpyxl", "pdf": "pdfplumber", "docx": "docx"}


def _read(shape: str, corpus: str = "corpus"):
    if shape in EXTRAS:
        pytest.importorskip(EXTRAS[shape])
    return count(shape, corpus)


SIZES = {
    "corpus": (32, 356),
    "corpus2": (16, 192),
    "corpus3": (16, 200),
    "corpus4": (16, 200),
    "corpus5": (16, 202),
    "corpus6": (16, 211),
    "corpus7": (16, 207),
    "corpus8": (16, 201),
    "corpus9": (16, 201),
    "corpus10": (16, 198),
    "corpus11": (16, 200),
    "corpus12": (16, 197),
    "corpus13": (16, 196),
    "corpus14": (16, 197),
    "corpus15": (16, 199),
    "corpus16": (16, 188),
    "corpus17": (16, 190),
    "corpus18": (16, 200),
    "corpus19": (16, 200),
    "corpus20": (16, 200),
    "corpus21": (16, 200),
    "corpus22": (16, 200),
    "corpus23": (16, 208),
    "corpus24": (16, 198),
    "corpus25": (16, 198),
    "corpus26": (16, 195),
    "corpus27": (16, 193),
    "corpus28": (16, 192),
    "corpus29": (16, 192),
    "corpus30": (16, 190),
    "corpus31": (16, 190),
    "corpus32": (16, 192),
    "corpus33": (16, 192),
    "corpus34": (16, 192),
    "corpus35": (16, 180),
    "corpus36": (16, 191),
    "corpus37": (16, 180),
    "corpus38": (16, 191),
    "corpus39": (16, 192),
    "corpus40": (16, 191),
    "corpus41": (16, 192),
    "corpus42": (16, 192),
    "corpus43": (16, 192),
    "corpus44": (16, 193),
    "corpus45": (16, 194),
    "corpus46": (16, 185),
    "corpus47": (16, 194),
    "corpus48": (16, 192),
    "corpus49": (16, 190),
    "corpus50": (16, 184),
    "corpus51": (16, 192),
    "corpus52": (16, 189),
    "corpus53": (16, 188),
    "corpus54": (16, 193),
    "corpus55": (16, 175),
    "corpus56": (16, 178),
    "corpus57": (16, 189),
    "corpus58": (16, 174),
    "corpus59": (16, 182),
    "corpus60": (16, 193),
    "corpus61": (16, 191),
    "corpus62": (16, 192),
    "corpus63": (16, 198),
    "corpus64": (16, 194),
    "corpus65": (16, 189),
    "corpus66": (16, 192),
    "corpus67": (16, 192),
}  # projects and indicators in each shape


# Each corpus in each shape it holds (the Word files from corpus 25 on).
HELD = [
    (corpus, shape)
    for corpus in CORPORA
    for shape in SHAPES
    if shape not in OPTIONAL or any((HERE / corpus / "docs").glob(f"*{SHAPES[shape]}"))
]


@pytest.mark.parametrize(("corpus", "shape"), HELD)
def test_every_project_is_found_and_indicators_read_exactly(shape: str, corpus: str) -> None:
    counts = _read(shape, corpus)
    assert (counts["projects"], counts["indicators"]) == SIZES[corpus]
    assert counts["found"] >= counts["projects"] - UNFOUND.get((corpus, shape), 0)
    wrong = FIELDS_WRONG.get((corpus, shape), 0)
    assert counts["fields wrong"] <= wrong, f"{corpus} {shape}: {counts['fields wrong']} header-block fields wrong"
    floor = FLOORS[corpus][shape]
    assert counts["exact"] >= floor, f"{corpus} {shape}: {counts['exact']} of {counts['indicators']} exact"
    numbers = NUMBERS_WRONG.get((corpus, shape), 0)
    assert counts["numbers wrong"] <= numbers, f"{corpus} {shape}: {counts['numbers wrong']} numbers read wrong"
    if shape in CERTAIN:
        allowed = SPURIOUS.get((corpus, shape), 0)
        assert counts["spurious"] <= allowed, f"{corpus} {shape}: {counts['spurious']} indicators read that are none"


# The shapes whose cells are certain read no indicator a table does not hold (a rule, a footer, a quoted line
# break read as a row of its own).
CERTAIN = ("pipe", "pipe_bare", "tab", "csv", "lines", "xlsx", "pdf")


def test_targets_of_the_delimited_shape_are_normalized_as_the_expected_files_say() -> None:
    """Targets with no doubt noted in the expected files: the reading matches (a floor, as above)."""
    counts = _read("pipe")
    assert counts["targets"] == 300
    assert counts["targets right"] >= 297, counts


@pytest.mark.parametrize(
    ("corpus", "targets", "right"),
    [
        ("corpus2", 148, 148),
        ("corpus3", 143, 142),
        ("corpus4", 144, 144),
        ("corpus5", 145, 145),
        ("corpus6", 142, 142),
        ("corpus7", 142, 142),
        ("corpus8", 152, 152),
        ("corpus9", 144, 144),
        ("corpus10", 151, 151),
        ("corpus11", 144, 142),
        ("corpus12", 125, 124),
        ("corpus13", 145, 144),
        ("corpus14", 151, 151),
        ("corpus15", 140, 139),
        ("corpus16", 117, 116),
        ("corpus17", 121, 119),
        ("corpus18", 137, 137),
        ("corpus19", 123, 123),
        ("corpus20", 128, 127),
        ("corpus21", 135, 134),
        ("corpus22", 130, 128),
        ("corpus23", 159, 158),
        ("corpus24", 140, 139),
        ("corpus25", 139, 139),
        ("corpus26", 141, 141),
        ("corpus27", 134, 134),
        ("corpus28", 137, 136),  # (500万苗 read as 500 万, 苗 a word after it: 苗 as a unit cost corpus 13 seven)
        ("corpus29", 131, 131),
        ("corpus30", 137, 136),  # (覆盖全县中小学 read as text, annotated qualitative)
        ("corpus31", 149, 148),  # (按月 read as a timeframe each month, per month; annotated with no per)
        ("corpus32", 125, 125),
        ("corpus33", 141, 140),  # (不劣于Ⅲ类 read as a grade at least Ⅲ类, >=; annotated with no comparator)
        ("corpus34", 140, 140),
        ("corpus35", 127, 127),
        ("corpus36", 134, 133),  # (高于上年 read with a comparator >; annotated a direction with none)
        ("corpus37", 119, 119),
        ("corpus38", 130, 128),
        ("corpus39", 132, 131),
        ("corpus40", 143, 138),
        ("corpus41", 112, 110),
        ("corpus42", 125, 122),
        ("corpus43", 133, 133),
        ("corpus44", 136, 119),
        ("corpus45", 129, 127),
        ("corpus46", 121, 121),
        ("corpus47", 123, 123),
        ("corpus48", 129, 127),
        ("corpus49", 120, 120),
        ("corpus50", 111, 111),
        ("corpus51", 113, 112),
        ("corpus52", 134, 133),
        ("corpus53", 126, 125),
        ("corpus54", 133, 130),
        ("corpus55", 117, 115),
        ("corpus56", 104, 95),
        ("corpus57", 144, 133),
        ("corpus58", 133, 133),
        ("corpus59", 119, 119),
        ("corpus60", 128, 126),
        ("corpus61", 124, 116),
        ("corpus62", 139, 139),
        ("corpus63", 120, 116),
        ("corpus64", 144, 144),
        ("corpus65", 133, 121),  # (达到 in a sign column read as >=; 1.5千元 kept with 千 in its unit, read as 1500 元)
        ("corpus66", 142, 142),
        ("corpus67", 153, 152),
    ],
)
def test_targets_of_the_later_corpora_are_normalized_as_their_expected_files_say(
    corpus: str, targets: int, right: int
) -> None:
    """The same on the later corpora (the third's one miss: 良好及以上 is read as a grade of at
    least 良好, comparator >=, where its expected file holds no comparator for a qualitative target)."""
    counts = _read("pipe", corpus)
    assert counts["targets"] == targets
    assert counts["targets right"] >= right, counts
