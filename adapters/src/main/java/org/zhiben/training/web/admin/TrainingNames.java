package org.zhiben.training.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.ui.UiFormats;

/** Names, not codes, for the pages of drills, rescue teams and institutions: jurisdictions, industries, enterprises. */
@Component
class TrainingNames {

    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final Enterprises enterprises;

    TrainingNames(Jurisdictions jurisdictions, Industries industries, Enterprises enterprises) {
        this.jurisdictions = jurisdictions;
        this.industries = industries;
        this.enterprises = enterprises;
    }

    /** The jurisdictions by code, in code order, named in the reader's language. */
    Map<String, String> jurisdictions() {
        Map<String, String> names = new LinkedHashMap<>();
        jurisdictions.findAll().stream().sorted(java.util.Comparator.comparing(j -> j.code().value()))
                .forEach(j -> names.put(j.code().value(), UiFormats.english() ? j.nameEn() : j.name()));
        return names;
    }

    /** The industries by code, named in the reader's language. */
    Map<String, String> industries() {
        Map<String, String> names = new LinkedHashMap<>();
        industries.findAll().forEach(i -> names.put(i.code().value(), UiFormats.english() ? i.nameEn() : i.name()));
        return names;
    }

    String enterprise(UUID id) {
        return enterprises.findById(new EnterpriseId(id)).map(Enterprise::name).orElse("");
    }
}
