package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One measure as typed on the basis form: its kind, against whom, the fine in yuan (元) and any detail. */
public class MeasureRow {

    private String kind;

    private String party;

    @DecimalMin("0")
    private BigDecimal fineYuan;

    @Size(max = 500)
    private String detail;

    /** Whether the row was left empty (it is then not a measure). */
    boolean isBlank() {
        return (kind == null || kind.isBlank()) && fineYuan == null && (detail == null || detail.isBlank());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public BigDecimal getFineYuan() {
        return fineYuan;
    }

    public void setFineYuan(BigDecimal fineYuan) {
        this.fineYuan = fineYuan;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
