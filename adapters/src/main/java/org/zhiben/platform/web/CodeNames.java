package org.zhiben.platform.web;

import java.util.Locale;

/**
 * Names for the codes a message may carry as an argument ({@code UnitCode}, {@code IndustryCode},
 * {@code JurisdictionCode}, …): a module that owns a kind of code contributes a bean of this type, and every message of
 * the application — on a page or in a problem detail of the API — then names the unit, industry or jurisdiction
 * instead of showing its code ("不能同时指定主管部门 文化旅游局", not "… CULTURE").
 */
public interface CodeNames {

    /** The name of {@code code} in the language of {@code locale}, or null when this contributor does not know it. */
    String nameOf(Object code, Locale locale);
}
