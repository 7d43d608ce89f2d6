import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * blind63: the budget system vendor's export job, as I imagine its three text outputs (Java 17, run for real).
 * It reads the staging rows of one document (one row per line; cells parted by U+001F; a SQL NULL stored as U+0000;
 * a line break inside a cell stored as the two characters backslash-n: my stand-in for the JDBC result set) and writes
 *   pipe    the provincial data-exchange file: String.join("|", row) for every staging row (String.join writes a
 *           null element as the four letters "null", as its Javadoc says), System.lineSeparator() after each row;
 *   flat    the search indexer's row dump: each row's non-null cells joined with Collectors.joining(), a row a line;
 *   oneline the search index's text field: for each project (the rows between two all-NULL rows) the document
 *           title and every non-null cell of its rows joined, line breaks (\R) removed, a project a line.
 * Usage: java -cp <dir> JxExport pipe|flat|oneline staging.txt out.txt
 */
public class JxExport {
    static List<List<String>> read(Path p) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            List<String> row = new ArrayList<>();
            for (String c : line.split("\u001f", -1)) {
                row.add(c.equals("\u0000") ? null : c.replace("\\n", "\n"));
            }
            rows.add(row);
        }
        return rows;
    }

    static String glue(List<String> row) {
        return row.stream().filter(Objects::nonNull).collect(Collectors.joining());
    }

    static boolean allNull(List<String> row) {
        return row.stream().allMatch(Objects::isNull);
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<List<String>> rows = read(Paths.get(args[1]));
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        if (mode.equals("pipe")) {
            for (List<String> r : rows) out.append(String.join("|", r)).append(nl);
        } else if (mode.equals("flat")) {
            for (List<String> r : rows) out.append(glue(r)).append(nl);
        } else if (mode.equals("oneline")) {
            String title = glue(rows.get(0));
            List<List<List<String>>> projects = new ArrayList<>();
            List<List<String>> cur = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                if (allNull(r)) {
                    projects.add(cur);
                    cur = new ArrayList<>();
                } else {
                    cur.add(r);
                }
            }
            projects.add(cur);
            for (List<List<String>> p : projects) {
                String text = title + p.stream().map(JxExport::glue).collect(Collectors.joining());
                out.append(text.replaceAll("\\R", "")).append(nl);
            }
        } else {
            throw new IllegalArgumentException(mode);
        }
        Files.write(Paths.get(args[2]), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
