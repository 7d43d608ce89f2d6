/* cellx: the budget system vendor's old "导出" helper (C, gcc), reads a tab-separated export on stdin.
   cellx -d C   : cells joined by C, rows ended by CRLF (no outer delimiters, no quoting)
   cellx -l     : one cell a line (LF), an empty cell an empty line
   cellx -l -s  : one cell a line, empty cells skipped */
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    int lines = 0, skip = 0; char delim = '|';
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-l")) lines = 1;
        else if (!strcmp(argv[i], "-s")) skip = 1;
        else if (!strcmp(argv[i], "-d") && i + 1 < argc) delim = argv[++i][0];
    }
    static char buf[1 << 16];
    while (fgets(buf, sizeof buf, stdin)) {
        size_t n = strlen(buf);
        while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) buf[--n] = 0;
        char *p = buf;
        for (;;) {
            char *t = strchr(p, '\t');
            if (t) *t = 0;
            if (lines) { if (!(skip && !*p)) printf("%s\n", p); }
            else { fputs(p, stdout); if (t) putchar(delim); }
            if (!t) break;
            p = t + 1;
        }
        if (!lines) fputs("\r\n", stdout);
    }
    return 0;
}
