package org.zhiben.enterprises;

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
 */
public record Person(String name, String phone) {

    private static final int MAX_NAME_LENGTH = 50;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    public Person {
        name = validName(name, "name");
        phone = validPhone(phone, "phone");
    }

    /**
     * A person whose refusals name the caller's fields: {@code of("principal", ...)} reports
     * {@code principalName} and {@code principalPhone}.
     */
    public static Person of(String fieldPrefix, String name, String phone) {
        return new Person(validName(name, fieldPrefix + "Name"), validPhone(phone, fieldPrefix + "Phone"));
    }

    static String validName(String name, String field) {
        return Require.maxLength(Require.notBlank(name, field), MAX_NAME_LENGTH, field);
    }

    static String validPhone(String phone, String field) {
        String compact = Require.notBlank(phone, field).replaceAll("\\s", "");
        if (!MOBILE.matcher(compact).matches() && !LANDLINE.matcher(compact).matches()) {
            throw new InvalidValueException(field, "enterprise.person.phone.invalid",
                    field + " must be a mainland mobile number or a landline with its area code", field);
        }
        return compact;
    }

    /** Masks both values, e.g. {@code Person[name=张**, phone=138****5678]}. */
    @Override
    public String toString() {
        return "Person[name=" + name.charAt(0) + "*".repeat(name.length() - 1)
                + ", phone=" + phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4) + "]";
    }
}
