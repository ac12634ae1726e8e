package org.zhiben.enforcement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.enforcement.application.ReadTypicalCases;

/** Typical cases as the API and the public feed answer them: public data, personal data already removed. */
public final class TypicalCaseViews {

    private TypicalCaseViews() {
    }

    /** One typical case. */
    public record TypicalCaseView(UUID id, String source, String sourceLabel, String title, String account,
            String jurisdiction, String publishingUnit, LocalDate publishedOn) {

        public static TypicalCaseView of(TypicalCase c, String publishingUnitName) {
            return new TypicalCaseView(c.id(), c.source().name(), c.source().label(), c.title(), c.account(),
                    c.jurisdiction().value(), publishingUnitName, c.publishedOn());
        }
    }

    /** One page of typical cases, newest first. */
    public record TypicalCasePageView(List<TypicalCaseView> cases, int page, int size, int total) {

        public static TypicalCasePageView of(ReadTypicalCases.TypicalCasePage page,
                java.util.function.Function<String, String> unitNames) {
            return new TypicalCasePageView(page.cases().stream()
                    .map(c -> TypicalCaseView.of(c, unitNames.apply(c.publishingUnit()))).toList(), page.page(),
                    page.size(), page.total());
        }
    }
}
