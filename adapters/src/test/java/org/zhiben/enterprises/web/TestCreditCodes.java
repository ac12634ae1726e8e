package org.zhiben.enterprises.web;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random valid unified social credit codes (GB 32100-2015) for tests that share one database: the check character
 * is computed as the standard prescribes, {@code 31 - (Σ value(i) × 3^(i-1) mod 31)}, 31 written as 0.
 */
public final class TestCreditCodes {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestCreditCodes() {
    }

    /** A new random valid code, registered in Kizilsu (division code 653001). */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder first17 = new StringBuilder("91653001");
        for (int i = 0; i < 9; i++) {
            first17.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return first17.toString() + checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheckCharacter(String valid) {
        char check = valid.charAt(17);
        char wrong = CHARACTERS.charAt((CHARACTERS.indexOf(check) + 1) % CHARACTERS.length());
        return valid.substring(0, 17) + wrong;
    }

    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
