package org.zhiben.training;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.zhiben.enterprises.Person;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * An enterprise's rescue team (task 9: "推动高危行业企业建立安全生产应急救援队伍,配备应急救援装备和物资,配合自治区开展矿山救护队
 * 标准化定级工作"): its name, how many members it has, its leader (kept as a masked name by the register's rule,
 * {@link Person#maskName}), its equipment, and — for a mine rescue team (矿山救护队) — its standardisation grade.
 * One team is kept per enterprise; it changes at a new version.
 */
public final class RescueTeam {

    public static final String ENTITY = "RescueTeam";
    public static final int MAX_NAME = 100;
    public static final int MAX_LEADER = 50;
    public static final int MAX_MEMBERS = 10_000;
    public static final int MAX_EQUIPMENT = 100;
    public static final int MAX_EQUIPMENT_ITEM = 100;

    private final UUID id;
    private final UUID enterpriseId;
    private final JurisdictionCode jurisdiction;
    private final IndustryCode industry;
    private final Details details;
    private final String recordedBy;
    private final Instant recordedAt;
    private final long version;

    /**
     * What the enterprise states about its team.
     *
     * @param leaderMaskedName the leader's name, masked here if given in full
     * @param grade            the standardisation grade: required for a mine rescue team, absent for any other
     */
    public record Details(String name, int memberCount, String leaderMaskedName, List<String> equipment,
            boolean mineRescue, MineRescueGrade grade) {

        public Details {
            name = Require.maxLength(Require.notBlank(name, "name").strip(), MAX_NAME, "name");
            if (memberCount < 1 || memberCount > MAX_MEMBERS) {
                throw new InvalidValueException("memberCount", "training.rescue-team.members-invalid",
                        "a team has 1 to " + MAX_MEMBERS + " members", memberCount, MAX_MEMBERS);
            }
            leaderMaskedName = Person.maskName(Require.maxLength(Require.notBlank(leaderMaskedName, "leaderName"),
                    MAX_LEADER, "leaderName"));
            List<String> items = List.copyOf(new LinkedHashSet<>((equipment == null ? List.<String>of() : equipment)
                    .stream().filter(item -> item != null && !item.isBlank()).map(String::strip).toList()));
            if (items.isEmpty()) {
                throw new InvalidValueException("equipment", "training.rescue-team.equipment-missing",
                        "a rescue team lists its equipment");
            }
            if (items.size() > MAX_EQUIPMENT || items.stream().anyMatch(item -> item.length() > MAX_EQUIPMENT_ITEM)) {
                throw new InvalidValueException("equipment", "training.rescue-team.equipment-too-long",
                        "at most " + MAX_EQUIPMENT + " items of at most " + MAX_EQUIPMENT_ITEM + " characters",
                        MAX_EQUIPMENT, MAX_EQUIPMENT_ITEM);
            }
            equipment = items;
            if (mineRescue && grade == null) {
                throw new InvalidValueException("grade", "training.rescue-team.grade-missing",
                        "a mine rescue team carries its standardisation grade");
            }
            if (!mineRescue && grade != null) {
                throw new InvalidValueException("grade", "training.rescue-team.grade-not-mine",
                        "only a mine rescue team carries a standardisation grade");
            }
        }
    }

    private RescueTeam(UUID id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            Details details, String recordedBy, Instant recordedAt, long version) {
        this.id = Require.notNull(id, "id");
        this.enterpriseId = Require.notNull(enterpriseId, "enterpriseId");
        this.jurisdiction = Require.notNull(jurisdiction, "jurisdiction");
        this.industry = Require.notNull(industry, "industry");
        this.details = Require.notNull(details, "details");
        this.recordedBy = Require.notBlank(recordedBy, "recordedBy");
        this.recordedAt = Require.notNull(recordedAt, "recordedAt");
        this.version = version;
    }

    /** A newly registered team of the enterprise. */
    public static RescueTeam register(UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            Details details, String recordedBy, Instant now) {
        return new RescueTeam(UUID.randomUUID(), enterpriseId, jurisdiction, industry, details, recordedBy, now, 0);
    }

    /** A team as stored. */
    public static RescueTeam restore(UUID id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            Details details, String recordedBy, Instant recordedAt, long version) {
        return new RescueTeam(id, enterpriseId, jurisdiction, industry, details, recordedBy, recordedAt, version);
    }

    /** The team with new details, recorded by {@code recordedBy} at {@code now} (stored at the next version). */
    public RescueTeam revise(Details revised, String by, Instant now) {
        return new RescueTeam(id, enterpriseId, jurisdiction, industry, revised, by, now, version);
    }

    /** The same team at a stored version. */
    public RescueTeam asStored(long storedVersion) {
        return new RescueTeam(id, enterpriseId, jurisdiction, industry, details, recordedBy, recordedAt,
                storedVersion);
    }

    public UUID id() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public JurisdictionCode jurisdiction() {
        return jurisdiction;
    }

    public IndustryCode industry() {
        return industry;
    }

    public Details details() {
        return details;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
