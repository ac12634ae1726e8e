package org.zhiben.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhiben.organization.TraceStep.Outcome;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Resolves who leads and who is responsible for a matter, by the principles of the plan, section 四(二):
 * "按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”“谁主管谁负责、谁审批谁负责、谁举办谁负责”
 * “谁主管谁牵头、谁为主谁牵头、谁靠近谁牵头”的原则"; and, from its objectives, "“一件事”由牵头部门组织推动、
 * 各相关部门齐抓共管，全链条排查整治".
 *
 * <p>The lead (牵头) is tried principle by principle, each attempt recorded in the trace whether it decided or not:
 * <ol>
 *     <li>谁主管谁牵头 — the competent department: the one named explicitly, else the industry's. When both are known
 *     and differ, that is a conflict; the explicitly named one wins.</li>
 *     <li>谁为主谁牵头 — the single involved unit playing the main role. Two or more main units conflict, and the next
 *     principle is tried.</li>
 *     <li>谁靠近谁牵头 — the involved unit closest to the matter: the fallback for new business forms and for anything
 *     without a competent department. A tie conflicts.</li>
 *     <li>When none decides, the matter is undecided and the committee office ({@link UnitKind#COMMITTEE_OFFICE})
 *     must assign a lead.</li>
 * </ol>
 * Then every responsible unit (负责) is listed once with all the principles that make it responsible, in this order:
 * the industry's competent department (管行业必须管安全, 谁主管谁负责), the explicitly named competent department
 * (谁主管谁负责), the business units (管业务必须管安全), the production and operation unit (管生产经营必须管安全), the
 * approving unit (谁审批谁负责), the organising unit (谁举办谁负责), the industry's supervising department (负有安全生产
 * 监督管理职责) and the other involved units (一件事, 齐抓共管). Finally the jurisdiction, if known, is territorially
 * responsible (属地管理).
 *
 * <p>A pure function: the caller looks the industry up.
 */
public final class ResponsibilityResolver {

    private ResponsibilityResolver() {
    }

    /**
     * @param industry the industry named by {@link ResponsibilityMatter#industry()}, looked up by the caller; empty when
     *                 the matter names none
     */
    public static ResponsibilityResolution resolve(ResponsibilityMatter matter, Optional<Industry> industry) {
        Require.notNull(matter, "matter");
        Require.notNull(industry, "industry");
        checkIndustry(matter, industry);
        return new Resolution(matter, industry.orElse(null)).resolve();
    }

    private static void checkIndustry(ResponsibilityMatter matter, Optional<Industry> industry) {
        if (matter.industry() != null && industry.isEmpty()) {
            throw new NotFoundException("industry", matter.industry());
        }
        if (industry.isPresent() && !industry.get().code().equals(matter.industry())) {
            throw new InvalidValueException("industry", "organization.responsibility.industry.mismatch",
                    "the industry given (" + industry.get().code() + ") is not the matter's (" + matter.industry() + ")",
                    industry.get().code(), String.valueOf(matter.industry()));
        }
        if (matter.newBusinessForm() && industry.isPresent() && industry.get().competentUnit() != null) {
            throw new InvalidValueException("industry",
                    "organization.responsibility.new-business-form.competent-unit",
                    "a new business form has no clear competent department, yet its industry has "
                            + industry.get().competentUnit(), industry.get().competentUnit());
        }
    }

    /** The state of one resolution: the trace so far and the principles gathered per unit. */
    private static final class Resolution {

        private final ResponsibilityMatter matter;
        private final Industry industry;
        private final List<TraceStep> trace = new ArrayList<>();
        private final Map<UnitCode, Set<Principle>> responsible = new LinkedHashMap<>();

        Resolution(ResponsibilityMatter matter, Industry industry) {
            this.matter = matter;
            this.industry = industry;
        }

        ResponsibilityResolution resolve() {
            Optional<DecidedLead> lead = competentLeads()
                    .or(this::mainRoleLeads)
                    .or(this::closestLeads);
            lead.ifPresentOrElse(decided -> add(decided.unit(), decided.principle()), this::undecided);
            addResponsibleUnits(lead.map(DecidedLead::unit).orElse(null));
            if (matter.jurisdiction() != null) {
                step(Principle.TERRITORIAL, Outcome.ADDED_RESPONSIBLE, List.of(),
                        "属地管理：" + matter.jurisdiction() + " 辖区人民政府（口岸管委会）负属地管理责任。",
                        "Territorial management: the government (or port administration) of jurisdiction "
                                + matter.jurisdiction() + " is territorially responsible.");
            }
            List<ResponsibleUnit> units = responsible.entrySet().stream()
                    .map(entry -> new ResponsibleUnit(entry.getKey(), List.copyOf(entry.getValue())))
                    .toList();
            return new ResponsibilityResolution(lead, units, Optional.ofNullable(matter.jurisdiction()), trace);
        }

        /** 谁主管谁牵头. */
        private Optional<DecidedLead> competentLeads() {
            UnitCode explicit = matter.competentUnit();
            UnitCode ofIndustry = industryCompetentUnit();
            Principle principle = Principle.COMPETENT_LEADS;
            if (explicit == null && ofIndustry == null) {
                String whyZh;
                String whyEn;
                if (matter.newBusinessForm()) {
                    whyZh = "新业态、新领域，没有明确的主管部门。";
                    whyEn = "a new business form has no clear competent department.";
                } else if (industry != null) {
                    whyZh = "未指定主管部门，行业领域 " + industry.code() + " 也没有主管部门。";
                    whyEn = "no competent department is named and industry " + industry.code() + " has none.";
                } else {
                    whyZh = "未指定主管部门，也未指明行业领域。";
                    whyEn = "no competent department is named and no industry is given.";
                }
                step(principle, Outcome.NOT_APPLICABLE, List.of(), "谁主管谁牵头：" + whyZh,
                        "The competent authority leads: " + whyEn);
                return Optional.empty();
            }
            if (explicit != null && ofIndustry != null && !explicit.equals(ofIndustry)) {
                step(principle, Outcome.CONFLICT, List.of(explicit, ofIndustry),
                        "谁主管谁牵头：明确指定的主管部门 " + explicit + " 与行业领域 " + industry.code() + " 的主管部门 "
                                + ofIndustry + " 不一致。",
                        "The competent authority leads: the designated competent department " + explicit
                                + " differs from " + ofIndustry + ", competent department of industry "
                                + industry.code() + ".");
                step(principle, Outcome.DECIDED, List.of(explicit),
                        "谁主管谁牵头：以明确指定的主管部门为准，" + explicit + " 牵头。",
                        "The competent authority leads: the designated competent department prevails; " + explicit
                                + " leads.");
                return Optional.of(new DecidedLead(explicit, principle));
            }
            if (explicit != null && ofIndustry != null) {
                step(principle, Outcome.DECIDED, List.of(explicit),
                        "谁主管谁牵头：" + explicit + " 既是明确指定的主管部门，也是行业领域 " + industry.code()
                                + " 的主管部门，牵头。",
                        "The competent authority leads: " + explicit + " is both the designated competent department"
                                + " and that of industry " + industry.code() + "; it leads.");
                return Optional.of(new DecidedLead(explicit, principle));
            }
            if (explicit != null) {
                step(principle, Outcome.DECIDED, List.of(explicit),
                        "谁主管谁牵头：明确指定的主管部门 " + explicit + " 牵头。",
                        "The competent authority leads: the designated competent department " + explicit + " leads.");
                return Optional.of(new DecidedLead(explicit, principle));
            }
            step(principle, Outcome.DECIDED, List.of(ofIndustry),
                    "谁主管谁牵头：行业领域 " + industry.code() + " 的主管部门 " + ofIndustry + " 牵头。",
                    "The competent authority leads: " + ofIndustry + ", competent department of industry "
                            + industry.code() + ", leads.");
            return Optional.of(new DecidedLead(ofIndustry, principle));
        }

        /** 谁为主谁牵头. */
        private Optional<DecidedLead> mainRoleLeads() {
            Principle principle = Principle.MAIN_ROLE_LEADS;
            List<UnitCode> main = matter.involvements().stream()
                    .filter(involvement -> involvement.role() == InvolvementRole.MAIN)
                    .map(Involvement::unit)
                    .toList();
            if (main.isEmpty()) {
                step(principle, Outcome.NOT_APPLICABLE, List.of(),
                        "谁为主谁牵头：没有单位被列为起主要作用。",
                        "Whoever plays the main role leads: no unit is listed as playing the main role.");
                return Optional.empty();
            }
            if (main.size() > 1) {
                step(principle, Outcome.CONFLICT, main,
                        "谁为主谁牵头：" + zh(main) + " 均被列为起主要作用，本原则不能确定牵头单位。",
                        "Whoever plays the main role leads: " + en(main)
                                + " are all listed as playing the main role; this principle cannot decide.");
                return Optional.empty();
            }
            UnitCode unit = main.get(0);
            step(principle, Outcome.DECIDED, main,
                    "谁为主谁牵头：" + unit + " 在该事项中起主要作用，牵头。",
                    "Whoever plays the main role leads: " + unit + " plays the main role in the matter; it leads.");
            return Optional.of(new DecidedLead(unit, principle));
        }

        /** 谁靠近谁牵头. */
        private Optional<DecidedLead> closestLeads() {
            Principle principle = Principle.CLOSEST_LEADS;
            String contextZh = matter.newBusinessForm() ? "新业态、新领域没有明确的主管部门，" : "";
            String contextEn = matter.newBusinessForm() ? "a new business form with no clear regulator; " : "";
            Optional<Integer> closest = matter.involvements().stream()
                    .map(Involvement::proximity)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder());
            if (closest.isEmpty()) {
                step(principle, Outcome.NOT_APPLICABLE, List.of(),
                        "谁靠近谁牵头：" + contextZh + "没有标明接近程度的相关单位。",
                        "Whoever is closest leads: " + contextEn + "no involved unit has a known proximity.");
                return Optional.empty();
            }
            int proximity = closest.get();
            List<UnitCode> nearest = matter.involvements().stream()
                    .filter(involvement -> Objects.equals(involvement.proximity(), proximity))
                    .map(Involvement::unit)
                    .toList();
            if (nearest.size() > 1) {
                step(principle, Outcome.CONFLICT, nearest,
                        "谁靠近谁牵头：" + contextZh + zh(nearest) + " 同样接近（接近程度 " + proximity
                                + "），本原则不能确定牵头单位。",
                        "Whoever is closest leads: " + contextEn + en(nearest) + " are equally close (proximity "
                                + proximity + "); this principle cannot decide.");
                return Optional.empty();
            }
            UnitCode unit = nearest.get(0);
            step(principle, Outcome.DECIDED, nearest,
                    "谁靠近谁牵头：" + contextZh + unit + " 与该事项最接近（接近程度 " + proximity + "），牵头。",
                    "Whoever is closest leads: " + contextEn + unit + " is the closest to the matter (proximity "
                            + proximity + "); it leads.");
            return Optional.of(new DecidedLead(unit, principle));
        }

        private void undecided() {
            trace.add(new TraceStep(trace.size() + 1, null, Outcome.UNDECIDED,
                    "没有原则能确定牵头单位，须由安委会办公室（" + UnitKind.COMMITTEE_OFFICE + "）指定牵头单位。",
                    "No principle decides the lead unit: the committee office (" + UnitKind.COMMITTEE_OFFICE
                            + ") must assign one.",
                    List.of()));
        }

        private void addResponsibleUnits(UnitCode lead) {
            UnitCode ofIndustry = industryCompetentUnit();
            if (ofIndustry != null) {
                added(Principle.MANAGES_INDUSTRY, List.of(ofIndustry),
                        "管行业必须管安全：" + ofIndustry + " 是行业领域 " + industry.code() + " 的主管部门，负责。",
                        "Whoever manages an industry must manage its safety: " + ofIndustry
                                + " is the competent department of industry " + industry.code() + ".");
            }
            List<UnitCode> competent = distinct(ofIndustry, matter.competentUnit());
            if (!competent.isEmpty()) {
                added(Principle.COMPETENT_RESPONSIBLE, competent,
                        "谁主管谁负责：主管部门 " + zh(competent) + " 负责。",
                        "Whoever is the competent authority is responsible: " + en(competent) + ".");
            }
            if (!matter.businessUnits().isEmpty()) {
                added(Principle.MANAGES_BUSINESS, matter.businessUnits(),
                        "管业务必须管安全：该事项属于 " + zh(matter.businessUnits()) + " 的业务，负责。",
                        "Whoever manages a business must manage its safety: the matter is business of "
                                + en(matter.businessUnits()) + ".");
            }
            UnitCode production = matter.productionOperationUnit();
            if (production != null) {
                added(Principle.MANAGES_PRODUCTION_OPERATION, List.of(production),
                        "管生产经营必须管安全：" + production + " 管理其生产经营，负责。",
                        "Whoever manages production and operation must manage its safety: " + production
                                + " manages its production and operation.");
            }
            UnitCode approving = matter.approvingUnit();
            if (approving != null) {
                added(Principle.APPROVER_RESPONSIBLE, List.of(approving),
                        "谁审批谁负责：" + approving + " 审批了该事项，负责。",
                        "Whoever approved it is responsible: " + approving + " approved the matter.");
            }
            UnitCode organizing = matter.organizingUnit();
            if (organizing != null) {
                added(Principle.ORGANISER_RESPONSIBLE, List.of(organizing),
                        "谁举办谁负责：" + organizing + " 举办该事项，负责。",
                        "Whoever organised or hosts it is responsible: " + organizing + " organised the matter.");
            }
            if (industry != null && industry.supervisingUnit() != null) {
                UnitCode supervising = industry.supervisingUnit();
                added(Principle.SUPERVISION_DUTY, List.of(supervising),
                        "负有安全生产监督管理职责：" + supervising + " 对行业领域 " + industry.code()
                                + " 负有安全生产监督管理职责，负责。",
                        "Work-safety supervision duty: " + supervising + " has the supervision duty for industry "
                                + industry.code() + ".");
            }
            List<UnitCode> involved = matter.involvements().stream()
                    .map(Involvement::unit)
                    .filter(unit -> !unit.equals(lead))
                    .toList();
            if (!involved.isEmpty()) {
                added(Principle.ONE_MATTER, involved,
                        "一件事：牵头部门组织推动，相关单位 " + zh(involved) + " 齐抓共管，全链条负责。",
                        "One matter: the lead organises; the related units " + en(involved)
                                + " co-manage along the whole chain.");
            }
        }

        private UnitCode industryCompetentUnit() {
            return industry == null ? null : industry.competentUnit();
        }

        private void added(Principle principle, List<UnitCode> units, String explanationZh, String explanationEn) {
            units.forEach(unit -> add(unit, principle));
            step(principle, Outcome.ADDED_RESPONSIBLE, units, explanationZh, explanationEn);
        }

        private void add(UnitCode unit, Principle principle) {
            responsible.computeIfAbsent(unit, u -> new LinkedHashSet<>()).add(principle);
        }

        private void step(Principle principle, Outcome outcome, List<UnitCode> units, String explanationZh,
                          String explanationEn) {
            trace.add(new TraceStep(trace.size() + 1, principle, outcome, explanationZh, explanationEn, units));
        }

        private static List<UnitCode> distinct(UnitCode... units) {
            return Stream.of(units).filter(Objects::nonNull).distinct().toList();
        }

        private static String zh(List<UnitCode> units) {
            return units.stream().map(UnitCode::value).collect(Collectors.joining("、"));
        }

        private static String en(List<UnitCode> units) {
            return units.stream().map(UnitCode::value).collect(Collectors.joining(", "));
        }
    }
}
