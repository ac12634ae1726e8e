package org.zhiben.enterprises;

import org.zhiben.shared.InvalidValueException;

/**
 * Unified social credit code (统一社会信用代码) of an enterprise, GB 32100-2015: 18 characters.
 * <ul>
 *   <li>position 1: registration authority code (登记管理部门代码): 1-9, A-H, N or Y;</li>
 *   <li>position 2: institution category code (机构类别代码);</li>
 *   <li>positions 3-8: administrative division code of the registering authority (登记管理机关行政区划码), six digits;</li>
 *   <li>positions 9-17: organisation code (主体标识码（组织机构代码）);</li>
 *   <li>position 18: check character (校验码).</li>
 * </ul>
 * Every character is taken from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (the letters I, O, S, V and Z are not used).
 * The check character is {@code 31 - (Σ value(i) × 3^(i-1) mod 31) mod 31} over positions 1-17, where a result of
 * 31 is written {@code 0}.
 * <p>
 * Input is accepted in lower case and with spaces; the stored value is upper case without spaces. Messages never
 * repeat the code itself.
 */
public record UnifiedSocialCreditCode(String value) implements Comparable<UnifiedSocialCreditCode> {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String REGISTRATION_AUTHORITIES = "123456789ABCDEFGHNY";
    private static final int LENGTH = 18;
    private static final String FIELD = "creditCode";

    public UnifiedSocialCreditCode {
        value = normalise(value);
        if (value.length() != LENGTH) {
            throw new InvalidValueException(FIELD, "enterprise.credit-code.length",
                    "a unified social credit code has 18 characters, this one has " + value.length(),
                    value.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!allowedAt(i, value.charAt(i))) {
                throw new InvalidValueException(FIELD, "enterprise.credit-code.characters",
                        "a unified social credit code may not have this character at position " + (i + 1), i + 1);
            }
        }
        if (value.charAt(LENGTH - 1) != checkCharacter(value.substring(0, LENGTH - 1))) {
            throw new InvalidValueException(FIELD, "enterprise.credit-code.check",
                    "the check character of the unified social credit code does not match its first 17 characters");
        }
    }

    public static UnifiedSocialCreditCode of(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    /** The check character (校验码) for the first 17 characters of a code, which must be valid code characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "validation.required", FIELD + " is required", FIELD);
        }
        StringBuilder normalised = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(normalised::appendCodePoint);
        return normalised.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean allowedAt(int index, char c) {
        if (index == 0) {
            return REGISTRATION_AUTHORITIES.indexOf(c) >= 0;
        }
        if (index >= 2 && index <= 7) {
            return c >= '0' && c <= '9';
        }
        return CHARACTERS.indexOf(c) >= 0;
    }

    /** The six-digit administrative division code of the registering authority (positions 3-8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public int compareTo(UnifiedSocialCreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
