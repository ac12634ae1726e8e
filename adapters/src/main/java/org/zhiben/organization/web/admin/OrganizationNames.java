package org.zhiben.organization.web.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.platform.web.CodeNames;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The names of units, industries and jurisdictions in the language of the request, for pages
 * ({@code @orgNames.jurisdiction(code)}, {@code @orgNames.industry(code)}, {@code @orgNames.unit(code)}) and for
 * every message that carries such a code as an argument ({@link CodeNames}). The reference data is read once per
 * request. An unknown code is shown as it is.
 */
@Component("orgNames")
public class OrganizationNames implements CodeNames {

    private static final String CACHE = OrganizationNames.class.getName();
    /** The words of a text that may be codes: upper-case codes ({@code CULTURE_TOURISM}) and six-digit codes. */
    private static final Pattern CODE_IN_TEXT = Pattern.compile(
            "(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]+(?![A-Za-z0-9_])|(?<![0-9])\\d{6}(?![0-9])");

    private final MemberUnits units;
    private final Industries industries;
    private final Jurisdictions jurisdictions;

    OrganizationNames(MemberUnits units, Industries industries, Jurisdictions jurisdictions) {
        this.units = units;
        this.industries = industries;
        this.jurisdictions = jurisdictions;
    }

    /** The unit's short name (its English name in English). */
    public String unit(Object code) {
        return name(code, "unit:", LocaleContextHolder.getLocale());
    }

    /** The industry's name. */
    public String industry(Object code) {
        return name(code, "industry:", LocaleContextHolder.getLocale());
    }

    /** The jurisdiction's name. */
    public String jurisdiction(Object code) {
        return name(code, "jurisdiction:", LocaleContextHolder.getLocale());
    }

    /**
     * The text with every unit, industry and jurisdiction code it mentions replaced by the name (an explanation written
     * with codes, such as a step of the responsibility trace); the committee office's kind is named too.
     */
    public String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Map<String, String> names = names(LocaleContextHolder.getLocale());
        Matcher matcher = CODE_IN_TEXT.matcher(text);
        StringBuilder named = new StringBuilder();
        while (matcher.find()) {
            String code = matcher.group();
            String name = names.get("unit:" + code);
            if (name == null) {
                name = names.get("industry:" + code);
            }
            if (name == null) {
                name = names.get("jurisdiction:" + code);
            }
            if (name == null) {
                name = names.get("kind:" + code);
            }
            matcher.appendReplacement(named, Matcher.quoteReplacement(name == null ? code : name));
        }
        matcher.appendTail(named);
        return named.toString();
    }

    @Override
    public String nameOf(Object code, Locale locale) {
        if (code instanceof UnitCode unit) {
            return names(locale).get("unit:" + unit.value());
        }
        if (code instanceof IndustryCode industry) {
            return names(locale).get("industry:" + industry.value());
        }
        if (code instanceof JurisdictionCode jurisdiction) {
            return names(locale).get("jurisdiction:" + jurisdiction.value());
        }
        return null;
    }

    private String name(Object code, String kind, Locale locale) {
        if (code == null) {
            return "";
        }
        String value = code instanceof UnitCode u ? u.value() : code instanceof IndustryCode i ? i.value()
                : code instanceof JurisdictionCode j ? j.value() : code.toString();
        if (value.isBlank()) {
            return "";
        }
        return names(locale).getOrDefault(kind + value, value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> names(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load(english);
        }
        String key = CACHE + (english ? ".en" : ".zh");
        Object cached = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = load(english);
            request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) cached;
    }

    private Map<String, String> load(boolean english) {
        Map<String, String> names = new LinkedHashMap<>();
        units.findAll().forEach(u -> names.put("unit:" + u.code().value(), english ? u.nameEn() : u.shortName()));
        industries.findAll().forEach(i -> names.put("industry:" + i.code().value(), english ? i.nameEn() : i.name()));
        jurisdictions.findAll().forEach(j -> names.put("jurisdiction:" + j.code().value(),
                english ? j.nameEn() : j.name()));
        units.findByKind(UnitKind.COMMITTEE_OFFICE).stream().findFirst().ifPresent(office ->
                names.put("kind:" + UnitKind.COMMITTEE_OFFICE.name(), english ? office.nameEn() : office.shortName()));
        return names;
    }
}
