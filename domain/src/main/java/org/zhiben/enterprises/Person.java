package org.zhiben.enterprises;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * A person an enterprise answers through: its principal (主要负责人) or its actual controller (实际控制人), who must be
 * told of every major hazard of the enterprise (plan task 23: "及时将重大事故隐患信息通知到相关企业的主要负责人、实际控制人").
 * <p>
 * Personal data: the name and phone never appear in messages, and {@link #toString()} masks them. The phone is a
 * mainland mobile number ({@code 1[3-9]} and nine digits) or a landline with its area code ({@code 0908-4221234},
 * the hyphen optional); spaces are dropped.
 * <p>
 * The e-mail address is optional (null when the person has none): notices about major hazards are sent to it in
 * addition to the in-app inbox. It is checked against a plain form of RFC 5322 ({@code local@domain.tld}, no quoted
 * local parts, no IP literals), at most 254 characters, and its domain is stored in lower case.
 */
public record Person(String name, String phone, String email) {

    /** The longest e-mail address that can be used on the wire (RFC 5321 path limit less the angle brackets). */
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_NAME_LENGTH = 50;
    private static final int MAX_EMAIL_LOCAL_PART_LENGTH = 64;
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public Person {
        name = validName(name, "name");
        phone = validPhone(phone, "phone");
        email = validEmail(email, "email");
    }

    /** A person without an e-mail address. */
    public Person(String name, String phone) {
        this(name, phone, null);
    }

    /**
     * A person whose refusals name the caller's fields: {@code of("principal", ...)} reports
     * {@code principalName} and {@code principalPhone}.
     */
    public static Person of(String fieldPrefix, String name, String phone) {
        return of(fieldPrefix, name, phone, null);
    }

    /**
     * A person with an optional e-mail address whose refusals name the caller's fields: {@code of("principal", ...)}
     * reports {@code principalName}, {@code principalPhone} and {@code principalEmail}.
     */
    public static Person of(String fieldPrefix, String name, String phone, String email) {
        return new Person(validName(name, fieldPrefix + "Name"), validPhone(phone, fieldPrefix + "Phone"),
                validEmail(email, fieldPrefix + "Email"));
    }

    /** Whether notices can be sent to this person by e-mail. */
    public boolean hasEmail() {
        return email != null;
    }

    static String validName(String name, String field) {
        return Require.maxLength(Require.notBlank(name, field), MAX_NAME_LENGTH, field);
    }

    static String validPhone(String phone, String field) {
        String compact = WHITESPACE.matcher(Require.notBlank(phone, field)).replaceAll("");
        if (!MOBILE.matcher(compact).matches() && !LANDLINE.matcher(compact).matches()) {
            throw new InvalidValueException(field, "enterprise.person.phone.invalid",
                    field + " must be a mainland mobile number or a landline with its area code", field);
        }
        return compact;
    }

    /**
     * The address, stripped and with its domain in lower case; null for a null or blank one.
     *
     * @throws InvalidValueException {@code enterprise.person.email.invalid} on {@code field}; the message never
     *                               repeats the address
     */
    public static String validEmail(String email, String field) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        int at = stripped.lastIndexOf('@');
        if (stripped.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(stripped).matches()
                || at > MAX_EMAIL_LOCAL_PART_LENGTH) {
            throw new InvalidValueException(field, "enterprise.person.email.invalid",
                    field + " must be an e-mail address (local part, at sign, dotted domain), at most " + MAX_EMAIL_LENGTH
                            + " characters", field, MAX_EMAIL_LENGTH);
        }
        return stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Masks every value, e.g. {@code Person[name=张**, phone=138****5678, email=z***@example.cn]} (the domain of the
     * address stays readable, of its local part only the first character).
     */
    @Override
    public String toString() {
        return "Person[name=" + maskName(name)
                + ", phone=" + phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4)
                + ", email=" + (email == null ? "none" : maskEmail(email)) + "]";
    }

    /**
     * Keeps the first character of a name and masks the rest, one asterisk per character: {@code 张三丰 → 张**}. Other
     * modules that keep people by a masked name (training records) mask with this rule.
     */
    public static String maskName(String name) {
        String stripped = Require.notBlank(name, "name").strip();
        int first = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, first) + "*".repeat(stripped.codePointCount(first, stripped.length()));
    }

    /** Keeps the first character of the local part and the domain: {@code zhang.san@example.cn → z***@example.cn}. */
    public static String maskEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
