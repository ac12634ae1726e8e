package org.zhiben.training.web.admin;

/** The form of a rescue team, as typed (the equipment one item a line); the version when it is revised. */
public class RescueTeamForm {

    private String enterpriseId;
    private String enterpriseQuery;
    private String name;
    private String memberCount;
    private String leaderName;
    private String equipment;
    private boolean mineRescue;
    private String grade;
    private Long version;

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getEnterpriseQuery() {
        return enterpriseQuery;
    }

    public void setEnterpriseQuery(String enterpriseQuery) {
        this.enterpriseQuery = enterpriseQuery;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(String memberCount) {
        this.memberCount = memberCount;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public boolean isMineRescue() {
        return mineRescue;
    }

    public void setMineRescue(boolean mineRescue) {
        this.mineRescue = mineRescue;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
