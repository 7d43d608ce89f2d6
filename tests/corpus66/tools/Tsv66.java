// The provincial data-exchange job's "导出制表符文本" (Apache Commons CSV 1.9, Debian libcommons-csv-java,
// CSVFormat.TDF with its defaults): reads the staged sheet (a row a line, cells parted by U+001F, a NULL cell
// written U+001E) and prints every row through CSVPrinter.  Usage: java -cp commons-csv.jar:. Tsv66 in out
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.commons.csv.*;

public class Tsv66 {
    public static void main(String[] a) throws IOException {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        try (Writer w = new OutputStreamWriter(new FileOutputStream(a[1]), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.TDF)) {
            for (String line : lines) {
                List<String> row = new ArrayList<>();
                for (String c : line.split("\u001f", -1)) row.add(c.equals("\u001e") ? null : c);
                p.printRecord(row);
            }
        }
    }
}
