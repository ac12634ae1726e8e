package org.zhiben.enforcement;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiben.enterprises.Person;

/**
 * Removes personal data from a text that is to be published (典型案例), by the masking rules of the enterprise register
 * ({@link Person#toString()}): a person's name keeps its first character ({@code 张三 → 张*}), a phone its first three
 * and last four digits ({@code 13812345678 → 138****5678}), an e-mail address its first character and domain; an ID
 * number (居民身份证号码, 18 or 15 digits) is removed whole. The reporter of a tip-off is never named, not even by a
 * masked name: his name becomes “举报人”. Names are those the caller knows to be personal (the reporter, the responsible
 * person of a case, the enterprise's principal and actual controller); numbers are found by their form.
 */
public final class PersonalDataRedaction {

    public static final String REPORTER = "举报人";
    public static final String ID_NUMBER_REMOVED = "［身份证号码已隐去］";

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<![\\d-])0\\d{2,3}-?\\d{7,8}(?![\\d-])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private PersonalDataRedaction() {
    }

    /**
     * The text with the reporter's name and contact replaced, the other {@code names} masked, and every ID number,
     * phone and e-mail address removed or masked.
     */
    public static String redact(String text, ReporterIdentity reporter, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        if (reporter != null) {
            redacted = redacted.replace(reporter.name(), REPORTER);
            if (reporter.contact() != null) {
                redacted = redacted.replace(reporter.contact(), "***");
            }
        }
        for (String name : names.stream().filter(n -> n != null && n.strip().length() > 1)
                .map(String::strip).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            redacted = redacted.replace(name, maskName(name));
        }
        redacted = ID_NUMBER.matcher(redacted).replaceAll(ID_NUMBER_REMOVED);
        redacted = replace(MOBILE, redacted, PersonalDataRedaction::maskPhone);
        redacted = replace(LANDLINE, redacted, PersonalDataRedaction::maskPhone);
        return replace(EMAIL, redacted, Person::maskEmail);
    }

    /** {@code 张三 → 张*}, {@code 欧阳明月 → 欧***}, as the enterprise register masks names. */
    public static String maskName(String name) {
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    /** {@code 13812345678 → 138****5678}, as the enterprise register masks phones. */
    public static String maskPhone(String phone) {
        String digits = phone.replace("-", "");
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
