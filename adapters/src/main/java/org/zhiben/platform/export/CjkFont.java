package org.zhiben.platform.export;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font every PDF embeds (the subset of glyphs it uses): Noto Sans CJK, which the machine provides (Debian's
 * {@code fonts-noto-cjk}, SIL Open Font License 1.1), never shipped with the application. It is found at the path
 * {@code zhiben.export.pdf-font} names ({@code ZHIBEN_PDF_FONT}, a {@code .ttc}, {@code .otf} or {@code .ttf} file),
 * or else at the places Debian, Fedora and Arch install it. Of a collection ({@code .ttc}) the Simplified Chinese face
 * is taken. Without a font the application starts and says so in its log; a PDF export is then refused (503) with a
 * message naming what to install.
 */
@Component
public class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    /** Where the Linux distributions install Noto Sans CJK, tried in this order when no path is configured. */
    static final List<String> KNOWN_PLACES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
            "/usr/share/fonts/noto-cjk/NotoSansCJKsc-Regular.otf");

    private final String configured;
    private final Optional<String> fontName;

    public CjkFont(@Value("${zhiben.export.pdf-font:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
        this.fontName = locate(this.configured.isEmpty() ? KNOWN_PLACES : List.of(this.configured));
        fontName.ifPresentOrElse(name -> log.info("PDF exports embed the font {}", name),
                () -> log.warn("No CJK font for PDF exports: {}. PDF exports are refused until one is installed.",
                        problem()));
    }

    /** Whether PDF exports can be written. */
    public boolean available() {
        return fontName.isPresent();
    }

    /** The font as OpenPDF names it (a collection's face as {@code path,index}). */
    public String name() {
        return fontName.orElseThrow(() -> new PdfFontUnavailableException(problem()));
    }

    /**
     * A new instance of the font for one document: OpenPDF reads the font file again when a document is closed, so
     * documents written at the same time each have their own.
     */
    BaseFont newInstance() {
        try {
            return BaseFont.createFont(name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
        } catch (com.lowagie.text.DocumentException | IOException e) {
            throw new PdfFontUnavailableException("the font " + name() + " cannot be read: " + e.getMessage());
        }
    }

    /** What is missing, for the log and for the refusal. */
    String problem() {
        if (!configured.isEmpty()) {
            return "zhiben.export.pdf-font (ZHIBEN_PDF_FONT) names " + configured
                    + ", which is not a readable CJK font file (.ttc, .otf or .ttf)";
        }
        return "Noto Sans CJK was not found at " + String.join(", ", KNOWN_PLACES)
                + "; install it (Debian: apt-get install fonts-noto-cjk) or set ZHIBEN_PDF_FONT to a CJK font file";
    }

    private static Optional<String> locate(List<String> places) {
        for (String place : places) {
            Path path = Path.of(place);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                continue;
            }
            String lower = place.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".ttc")) {
                Optional<String> face = simplifiedChineseFace(place);
                if (face.isPresent()) {
                    return face;
                }
            } else if (lower.endsWith(".otf") || lower.endsWith(".ttf")) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** Of a collection, the face named as Simplified Chinese ({@code …CJKsc…}, {@code …SC…}), else the first. */
    private static Optional<String> simplifiedChineseFace(String collection) {
        try {
            String[] faces = BaseFont.enumerateTTCNames(collection);
            if (faces == null || faces.length == 0) {
                return Optional.empty();
            }
            for (int i = 0; i < faces.length; i++) {
                String face = faces[i];
                if (face.contains("CJKsc") || face.contains(" SC") || face.endsWith("SC-Regular")) {
                    return Optional.of(collection + "," + i);
                }
            }
            return Optional.of(collection + ",0");
        } catch (IOException | RuntimeException e) {
            log.warn("The font collection {} cannot be read: {}", collection, e.getMessage());
            return Optional.empty();
        }
    }
}
