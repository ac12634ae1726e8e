package org.zhiben.platform.web;

/** Checks on text a request brings in. */
final class TextChecks {

    private TextChecks() {
    }

    /** NUL and the other C0 control characters except tab, line feed and carriage return; and DEL. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * A surrogate that is not half of a pair (no character; PostgreSQL's UTF-8 cannot hold it, the driver would store
     * {@code ?}), or U+FFFD, the replacement character a decoder puts where the bytes sent were not UTF-8.
     */
    static boolean hasMalformedCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** At most {@code max} characters of a value echoed back to the caller, marked with "…" when cut. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
