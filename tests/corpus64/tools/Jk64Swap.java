// The 预算管理一体化 system's 数据交换 writer for the 绩效目标 interface file (own program, javac/java 17, run for real by
// render64.py): reads the sheet rows that the platform's job staged (one row a line, cells parted by U+001F) and writes the
// interface file: cells joined by "|" with java.util.StringJoiner, no quoting, no outer bars, no heading line, UTF-8
// without BOM, rows ended by "\r\n" (the interface specification's 回车换行, not the JVM's line.separator).
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.StringJoiner;

public class Jk64Swap {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                StringJoiner j = new StringJoiner("|");
                for (String cell : line.split("\u001f", -1)) {
                    j.add(cell);
                }
                w.write(j.toString());
                w.write("\r\n");
            }
        }
    }
}
