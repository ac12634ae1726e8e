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

    /** At most {@code max} characters of a value echoed back to the caller, marked with "…" when cut. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
