package org.zhiben.platform.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The text of a PDF as poppler's {@code pdftotext} reads it (the real program, in layout mode). */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("export", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            byte[] text = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pdftotext failed: " + new String(text, StandardCharsets.UTF_8));
            }
            return new String(text, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
