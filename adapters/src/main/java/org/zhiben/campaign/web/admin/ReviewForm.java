package org.zhiben.campaign.web.admin;

/**
 * The lead unit's review of a progress entry as the task page submits it: the lead unit in whose name the user
 * reviews, the decision (accept, or return with a reason) and the version of the entry the user saw.
 */
public class ReviewForm {

    private String unit;
    private boolean accept;
    private String reason;
    private long version;

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
