package org.zhiben.platform.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds raw codes in what a user reads on a page: upper-case codes of four or more letters ({@code CULTURE_TOURISM},
 * {@code SAMR}, {@code DETERMINED}), six-digit codes ({@code 653022}), camel-case type names ({@code MajorHazard}) and
 * machine change texts ({@code fundsFen=}). Unified social credit codes (18 characters) and hazard numbers
 * ({@code 653022-2026-00058}) are what users read and write, so they are not codes.
 *
 * <p>For MockMvc page tests, {@link #inHtml} reads the visible text of the HTML (text nodes, without the head, scripts,
 * styles and attributes); a browser test passes the text it reads ({@code body.getText()}) to {@link #inText}.
 */
public final class RawCodes {

    /** A unified social credit code: 18 characters of digits and upper-case letters, starting with a digit pair. */
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])");
    /** A hazard number: county, year, serial. */
    private static final Pattern HAZARD_NUMBER = Pattern.compile("(?<!\\d)\\d{6}-\\d{4}-\\d{5}(?!\\d)");
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9_])[A-Z_]{4,}(?![A-Za-z0-9_])"
                    + "|(?<![0-9A-Za-z.,\\-])\\d{6}(?![0-9A-Za-z.,\\-])"
                    + "|(?<![A-Za-z0-9_])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z0-9_])"
                    + "|(?<![A-Za-z0-9_])[a-z]+[A-Z][A-Za-z]*(?=\\s*=)|(?<![A-Za-z0-9_])[a-z]+(?==[A-Za-z0-9])");
    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<head\\b.*?</head>|<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private RawCodes() {
    }

    /** The raw codes in the visible text of an HTML page, except the words {@code allowed} (e.g. {@code "HTTP"}). */
    public static List<String> inHtml(String html, String... allowed) {
        return inText(visibleText(html), allowed);
    }

    /** The raw codes in a text a user reads, in order of appearance, each once, except the words {@code allowed}. */
    public static List<String> inText(String text, String... allowed) {
        Set<String> permitted = Set.copyOf(Arrays.asList(allowed));
        String readable = HAZARD_NUMBER.matcher(CREDIT_CODE.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = CODE.matcher(readable);
        while (matcher.find()) {
            if (!permitted.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return new ArrayList<>(found);
    }

    /** The text nodes of the page's body, tags replaced by spaces and entities decoded. */
    public static String visibleText(String html) {
        String text = TAG.matcher(DROPPED.matcher(html).replaceAll(" ")).replaceAll(" ");
        Matcher entity = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int codePoint = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ")
                .strip();
    }
}
