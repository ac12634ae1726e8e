package org.zhiben.hazards.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code hazards.standard_clause}: one clause of one version, in document order. */
@Embeddable
class StandardClauseEmbeddable {

    @Column(name = "number", nullable = false)
    private String number;
    @Column(name = "grp")
    private String grp;
    @Column(name = "text", nullable = false)
    private String text;

    protected StandardClauseEmbeddable() {
    }

    StandardClauseEmbeddable(String number, String grp, String text) {
        this.number = number;
        this.grp = grp;
        this.text = text;
    }

    public String getNumber() {
        return number;
    }

    public String getGrp() {
        return grp;
    }

    public String getText() {
        return text;
    }
}
