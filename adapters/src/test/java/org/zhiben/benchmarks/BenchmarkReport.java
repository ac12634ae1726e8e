package org.zhiben.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one benchmark's results into its own section of {@code docs/benchmarks.md}, between
 * {@code <!-- name:begin -->} and {@code <!-- name:end -->}, leaving the other sections as they are.
 */
public final class BenchmarkReport {

    private static final String HEADER = """
            # Benchmarks

            Measured by `./mvnw -Pbenchmarks verify` (only the benchmarks run; each rewrites its own section below).
            Figures depend on the machine: the ones here come from a 2-core, 24 GiB build machine.

            """;

    private BenchmarkReport() {
    }

    public static synchronized void write(String name, String markdown) throws IOException {
        Path file = Path.of(System.getProperty("zhiben.docs.dir", "../docs")).resolve("benchmarks.md");
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String section = begin + "\n" + markdown.strip() + "\n\n_Measured on " + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature() + "._\n"
                + end;
        String content = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
        Matcher existing = Pattern.compile(Pattern.quote(begin) + ".*?" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(content);
        content = existing.find()
                ? content.substring(0, existing.start()) + section + content.substring(existing.end())
                : content.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
