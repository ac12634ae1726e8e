package org.zhiben.training;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhiben.enterprises.Person;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * A trained person, identified as little as the register needs: the name masked by the enterprise register's rule
 * ({@link Person#maskName}: the first character kept, every other one an asterisk) and the last four characters of
 * the identity card number (digits, the last one may be X). The full name and number are never stored.
 */
public record Trainee(String maskedName, String idLastDigits) {

    private static final Pattern LAST_DIGITS = Pattern.compile("\\d{3}[0-9X]");
    private static final int MAX_NAME_LENGTH = 50;

    public Trainee {
        maskedName = Person.maskName(Require.maxLength(Require.notBlank(maskedName, "name"), MAX_NAME_LENGTH,
                "name"));
        idLastDigits = Require.notBlank(idLastDigits, "idLastDigits").strip().toUpperCase(Locale.ROOT);
        if (!LAST_DIGITS.matcher(idLastDigits).matches()) {
            throw new InvalidValueException("idLastDigits", "training.trainee.id-digits-invalid",
                    "the last four characters of the identity card number: three digits and a digit or X");
        }
    }

    /** The person by full name (masked here, never kept) and the last four characters of the ID number. */
    public static Trainee of(String name, String idLastDigits) {
        return new Trainee(name, idLastDigits);
    }

    /** How people read the trainee: {@code 张** (尾号 123X)} is assembled by the pages; here name and digits. */
    @Override
    public String toString() {
        return maskedName + "/" + idLastDigits;
    }
}
