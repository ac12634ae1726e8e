package org.zhiben.platform.export;

/** A PDF was asked for and no CJK font to embed can be read; the message says what to install or configure. */
public class PdfFontUnavailableException extends RuntimeException {

    public PdfFontUnavailableException(String message) {
        super(message);
    }
}
