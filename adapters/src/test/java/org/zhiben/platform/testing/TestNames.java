package org.zhiben.platform.testing;

import java.util.UUID;

/** Unique parts of the names tests give to what pages show: never digits, so a name never reads as a raw code. */
public final class TestNames {

    private TestNames() {
    }

    /** Six Chinese characters (甲…), different in every call. */
    public static String letters() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('甲' + Character.digit(hex.charAt(i), 16)));
        }
        return letters.toString();
    }
}
