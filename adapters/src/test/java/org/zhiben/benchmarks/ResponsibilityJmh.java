package org.zhiben.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Involvement;
import org.zhiben.organization.InvolvementRole;
import org.zhiben.organization.ResponsibilityMatter;
import org.zhiben.organization.ResponsibilityResolution;
import org.zhiben.organization.ResponsibilityResolver;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * JMH: responsibility resolution (三管三必须, {@link ResponsibilityResolver}) over the plan's 48 industries and their
 * departments (as in {@code plans/kizilsu-2024-2026/organization.yaml}), for a fixed mix of 512 matters: an industry
 * (90 %) or a new business form without one (10 %), an explicitly named competent department (10 %), 0–2 business
 * units, the production and operation unit (15 %), the approving (20 %) and organising (10 %) units, a jurisdiction
 * (80 %) and 0–3 involved units with their role and proximity. One operation is one matter.
 * <ul>
 *   <li>{@code resolve}: {@link ResponsibilityResolver#resolve}, with its trace and every responsible unit;</li>
 *   <li>{@code baselineLookup}: the baseline, a hand-written {@link HashMap} from industry to its competent
 *       department (谁主管谁牵头 only), else the first involved unit: the lead alone, no trace, no responsible
 *       units.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponsibilityJmh {

    static final int MATTERS = 512;
    private static final String[] UNITS = {"NDRC", "EDU", "MIIT", "PSB", "CIVIL", "HRSS", "NATRES", "ECO", "HOUSING",
        "TRANSPORT", "WATER", "AGRI", "COMMERCE", "CULTURE", "HEALTH", "EMB", "SAMR", "FIRE", "TRAFFIC_POLICE", "POST"};
    private static final String[] JURISDICTIONS = {"653001", "653022", "653023", "653024", "653000-P01"};

    Map<IndustryCode, Industry> industries;
    Map<IndustryCode, UnitCode> leads;
    ResponsibilityMatter[] matters;

    static List<Industry> planIndustries() {
        return List.of(
            industry("MINES", "矿山", true, "EMB", "EMB"),
            industry("HAZARDOUS_CHEMICALS", "危险化学品", true, "EMB", "EMB"),
            industry("FIREWORKS", "烟花爆竹", true, "EMB", "EMB"),
            industry("INDUSTRY_TRADE", "工贸", false, "EMB", "EMB"),
            industry("METALLURGY", "冶金", true, "EMB", "EMB"),
            industry("SAFETY_TECH_SERVICES", "安全生产技术服务机构", false, "EMB", "EMB"),
            industry("CIVIL_EXPLOSIVES", "民用爆炸物品", true, "MIIT", "PSB"),
            industry("INDUSTRIAL_PARKS", "工业园区", false, "MIIT", "MIIT"),
            industry("ELECTRIC_POWER", "电力", false, "NDRC", "NDRC"),
            industry("OIL_GAS_PIPELINES", "油气管道", false, "NDRC", "NDRC"),
            industry("GRAIN_MATERIAL_RESERVES", "粮食和物资储备", false, "NDRC", "NDRC"),
            industry("SCHOOLS", "教育系统", false, "EDU", "EDU"),
            industry("RELIGIOUS_VENUES", "宗教活动场所", false, "ETHNIC", "ETHNIC"),
            industry("ROAD_TRAFFIC", "道路交通", false, "PSB", "PSB"),
            industry("LARGE_EVENTS", "大型活动", false, "PSB", "PSB"),
            industry("CIVIL_AFFAIRS_SERVICES", "民政系统", false, "CIVIL", "CIVIL"),
            industry("VOCATIONAL_TRAINING", "技工院校、职业培训机构", false, "HRSS", "HRSS"),
            industry("GEOLOGY_SURVEY_MAPPING", "地质勘察与测绘", false, "NATRES", "NATRES"),
            industry("ENVIRONMENTAL_EMERGENCIES", "突发环境事件", false, "ECO", "ECO"),
            industry("URBAN_GAS", "城镇燃气", false, "HOUSING", "HOUSING"),
            industry("CONSTRUCTION", "房屋市政工程施工", true, "HOUSING", "HOUSING"),
            industry("URBAN_RURAL_BUILDINGS", "城乡房屋建筑", false, "HOUSING", "HOUSING"),
            industry("SELF_BUILT_HOUSES", "自建房", false, "HOUSING", "HOUSING"),
            industry("URBAN_OPERATION", "城市运行安全管理", false, "HOUSING", "HOUSING"),
            industry("ROAD_TRANSPORT", "道路运输", false, "TRANSPORT", "TRANSPORT"),
            industry("HIGHWAY_CONSTRUCTION", "公路工程建设", false, "TRANSPORT", "TRANSPORT"),
            industry("WATER_CONSERVANCY", "水利工程", false, "WATER", "WATER"),
            industry("FISHERY", "渔业", false, "AGRI", "AGRI"),
            industry("AGRICULTURE_MACHINERY", "农业机械", false, "AGRI", "AGRI"),
            industry("AGRICULTURAL_ENGINEERING", "农业工程、农业设施建设", false, "AGRI", "AGRI"),
            industry("PESTICIDES", "农药", false, "AGRI", "AGRI"),
            industry("COMMERCE_RETAIL", "商场超市、餐饮住宿、拍卖、再生资源回收、成品油流通、汽车流通", false, "COMMERCE", "COMMERCE"),
            industry("OUTBOUND_INVESTMENT", "对外投资合作", false, "COMMERCE", "COMMERCE"),
            industry("CULTURE_TOURISM", "文化和旅游经营单位", false, "CULTURE", "CULTURE"),
            industry("PUBLIC_CULTURE", "公共文化单位", false, "CULTURE", "CULTURE"),
            industry("CULTURAL_RELICS_MUSEUMS", "文物博物馆单位", false, "CULTURE", "CULTURE"),
            industry("SPORTS", "体育", false, "CULTURE", "CULTURE"),
            industry("HEALTHCARE", "医疗卫生机构", false, "HEALTH", "HEALTH"),
            industry("OCCUPATIONAL_HEALTH", "用人单位职业卫生", false, "HEALTH", "HEALTH"),
            industry("STATE_OWNED_ENTERPRISES", "州属国有企业", false, "SASAC", "SASAC"),
            industry("SPECIAL_EQUIPMENT", "特种设备", false, "SAMR", "SAMR"),
            industry("BROADCASTING", "广播电视", false, "RADIO", "RADIO"),
            industry("FORESTRY_GRASSLAND", "林业、草原、湿地、荒漠", false, "FORESTRY", "FORESTRY"),
            industry("FIRE_CROWDED_PLACES", "人员密集场所", false, "FIRE", "FIRE"),
            industry("HIGH_RISE_PUBLIC_BUILDINGS", "高层公共建筑", false, "FIRE", "FIRE"),
            industry("LIGHTNING_WEATHER", "防雷安全、人工影响天气、升放气球", false, "WEATHER", "WEATHER"),
            industry("POSTAL_EXPRESS", "邮政快递", false, "POST", "POST"),
            industry("RAILWAY", "铁路", false, "RAIL", "RAIL")
        );
    }

    private static Industry industry(String code, String name, boolean highRisk, String competent,
            String supervising) {
        return new Industry(IndustryCode.of(code), name, code, highRisk,
                competent == null ? null : UnitCode.of(competent), supervising == null ? null : UnitCode.of(supervising),
                null, null);
    }

    @Setup
    public void setUp() {
        industries = new HashMap<>();
        leads = new HashMap<>();
        for (Industry industry : planIndustries()) {
            industries.put(industry.code(), industry);
            leads.put(industry.code(), industry.competentUnit() != null ? industry.competentUnit()
                    : industry.supervisingUnit());
        }
        List<Industry> all = planIndustries();
        Random random = new Random(BenchmarkData.DEFAULT_SEED);
        List<ResponsibilityMatter> generated = new ArrayList<>();
        for (int i = 0; i < MATTERS; i++) {
            boolean newBusinessForm = random.nextInt(10) == 0;
            Industry industry = newBusinessForm ? null : all.get(random.nextInt(all.size()));
            UnitCode competent = !newBusinessForm && random.nextInt(10) == 0 ? unit(random) : null;
            Set<UnitCode> business = new LinkedHashSet<>();
            for (int b = random.nextInt(3); b > 0; b--) {
                business.add(unit(random));
            }
            Map<UnitCode, Involvement> involved = new HashMap<>();
            List<Involvement> involvements = new ArrayList<>();
            for (int v = random.nextInt(4); v > 0; v--) {
                UnitCode unit = unit(random);
                if (!involved.containsKey(unit)) {
                    Involvement involvement = new Involvement(unit, random.nextBoolean() ? InvolvementRole.MAIN
                            : InvolvementRole.CONTRIBUTING, random.nextInt(4) == 0 ? null : 1 + random.nextInt(3));
                    involved.put(unit, involvement);
                    involvements.add(involvement);
                }
            }
            ResponsibilityMatter matter = new ResponsibilityMatter("事项 " + i + (industry == null ? "（新业态）"
                    : "：" + industry.name()), industry == null ? null : industry.code(), competent,
                    List.copyOf(business), random.nextInt(100) < 15 ? UnitCode.of("SASAC") : null,
                    random.nextInt(5) == 0 ? unit(random) : null, random.nextInt(10) == 0 ? unit(random) : null,
                    random.nextInt(5) == 0 ? null : JurisdictionCode.of(JURISDICTIONS[random.nextInt(
                            JURISDICTIONS.length)]), involvements, newBusinessForm);
            ResponsibilityResolution resolution = resolve(matter);
            if (industry != null && competent == null
                    && !resolution.lead().map(lead -> lead.unit()).orElseThrow().equals(baseline(matter))) {
                throw new IllegalStateException("the baseline names another lead for " + matter);
            }
            generated.add(matter);
        }
        matters = generated.toArray(ResponsibilityMatter[]::new);
    }

    private static UnitCode unit(Random random) {
        return UnitCode.of(UNITS[random.nextInt(UNITS.length)]);
    }

    ResponsibilityResolution resolve(ResponsibilityMatter matter) {
        return ResponsibilityResolver.resolve(matter, Optional.ofNullable(matter.industry()).map(industries::get));
    }

    UnitCode baseline(ResponsibilityMatter matter) {
        if (matter.industry() != null) {
            return leads.get(matter.industry());
        }
        return matter.involvements().isEmpty() ? null : matter.involvements().get(0).unit();
    }

    @Benchmark
    @OperationsPerInvocation(MATTERS)
    public void resolve(Blackhole sink) {
        for (ResponsibilityMatter matter : matters) {
            sink.consume(resolve(matter));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MATTERS)
    public void baselineLookup(Blackhole sink) {
        for (ResponsibilityMatter matter : matters) {
            sink.consume(baseline(matter));
        }
    }
}
