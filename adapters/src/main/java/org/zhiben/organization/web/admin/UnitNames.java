package org.zhiben.organization.web.admin;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.UnitCode;

/**
 * The name of a unit for the pages, in the language of the request ({@code @unitNames.of(code)} in templates); the
 * units are read once per request. An unknown code is shown as it is.
 */
@Component("unitNames")
public class UnitNames {

    private static final String CACHE = UnitNames.class.getName();

    private final MemberUnits units;

    UnitNames(MemberUnits units) {
        this.units = units;
    }

    public String of(Object code) {
        if (code == null) {
            return "";
        }
        String value = code instanceof UnitCode unitCode ? unitCode.value() : code.toString();
        MemberUnit unit = byCode().get(value);
        if (unit == null) {
            return value;
        }
        return UiFormats.english() ? unit.nameEn() : unit.shortName();
    }

    @SuppressWarnings("unchecked")
    private Map<String, MemberUnit> byCode() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load();
        }
        Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = load();
            request.setAttribute(CACHE, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, MemberUnit>) cached;
    }

    private Map<String, MemberUnit> load() {
        return units.findAll().stream().collect(Collectors.toMap(u -> u.code().value(), Function.identity()));
    }
}
