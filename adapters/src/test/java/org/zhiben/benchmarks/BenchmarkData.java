package org.zhiben.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import net.datafaker.Faker;

/**
 * A deterministic synthetic data set for the benchmarks: the same size and seed give the same rows, byte for byte.
 *
 * <ul>
 *   <li><b>Reporting units</b> come from the organisation data, as {@code OrganizationReportingUnits} derives them: the
 *       generator adds counties (rows of {@code organization.jurisdiction} of kind {@code COUNTY} under the plan's
 *       prefecture, six-digit codes from 670001) and port administrations ({@code PORT_ADMINISTRATION}, codes
 *       {@code <prefecture>-P03} on), each with its local government (a row of {@code organization.unit} of kind
 *       {@code LOCAL_GOVERNMENT} bound to it), so that each becomes a reporting unit of kind county/city or port; the
 *       plan's own counties, ports and member units stay as they are.</li>
 *   <li><b>Enterprises</b> across those jurisdictions and the plan's industries, with Chinese names, addresses and
 *       people from Datafaker's zh-CN locale and valid unified social credit codes (GB 32100-2015 check character,
 *       the county's division code, an organisation code unique per enterprise).</li>
 *   <li><b>Major hazards</b> with their complete histories as the hazards module stores them (the JSONB documents of
 *       {@code hazards.major_hazard}: transitions, plan, evidence, deadline extensions approved and rejected,
 *       listings with their removal, cancellations at every stage), found from 2023-01-01 to 2026-11-30; what would
 *       happen after {@link #NOW} has not happened yet, so recent hazards are still open in every status.</li>
 *   <li><b>Inspections, tip-offs and training records</b> per enterprise ({@link BenchmarkActivities}), built
 *       through the enforcement and training aggregates and stored as their adapters store them.</li>
 * </ul>
 */
final class BenchmarkData {

    static final long DEFAULT_SEED = 20_261_202L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The data set's "today": nothing in a history happens at or after it. */
    static final Instant NOW = LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant();
    static final LocalDate FIRST_FOUND = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST_FOUND = LocalDate.of(2026, 11, 30);
    static final String CLAUSE_STANDARD = "CHEM-2017";

    /** The selectable sizes. */
    enum Size {
        SMALL(20, 2, 500, 5_000),
        LARGE(1_000, 8, 100_000, 1_000_000);

        final int counties;
        final int ports;
        final int enterprises;
        final int hazards;

        Size(int counties, int ports, int enterprises, int hazards) {
            this.counties = counties;
            this.ports = ports;
            this.enterprises = enterprises;
            this.hazards = hazards;
        }

        static Size of(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** An industry of the plan: code, and whether it is high-risk. */
    record Industry(String code, boolean highRisk) {
    }

    /** A generated jurisdiction with the local government that reports for it. */
    record Jurisdiction(String code, String name, String nameEn, String kind, String parent, String unitCode,
            String unitName, String unitShortName, String unitNameEn) {
    }

    record Enterprise(UUID id, String creditCode, String name, String jurisdiction, String industry, boolean highRisk,
            String address, String principalName, String principalPhone, String controllerName,
            String controllerPhone, String grade, String status, Instant createdAt, String localGovernment) {
    }

    /** One row of {@code hazards.major_hazard}, JSONB columns as JSON text. */
    record Hazard(UUID id, String number, UUID enterpriseId, String jurisdiction, String industry, String location,
            String description, LocalDate discoveredOn, String discoveredBy, String channel, String sourceReference,
            String level, String clauseNumber, String plan, String status, LocalDate currentDeadline, boolean listed,
            String evidence, String history, String extensions, String listings, Instant registeredAt,
            Instant updatedAt, long version, int transitions, int extensionCount, int listingCount) {
    }

    private static final String[] GRADES = {"NONE", "LEVEL_1", "LEVEL_2", "LEVEL_3"};
    private static final String[] FINDINGS = {
        "危险化学品储存场所未设置可燃气体报警装置", "有限空间作业未执行“先通风、再检测、后作业”要求",
        "特种作业人员未按规定持证上岗", "疏散通道、安全出口被占用、堵塞", "粉尘涉爆除尘系统未按规定设置泄爆装置",
        "高大模板支撑系统专项施工方案未经专家论证", "安全监控系统失效仍继续作业", "燃气管道私接乱改、违规使用",
        "重大危险源未实施在线监测监控", "涉及重点监管危险化工工艺的装置未实现自动化控制",
        "动火作业未办理作业审批手续", "自动喷水灭火系统损坏未及时维修", "电气线路私拉乱接、超负荷运行",
        "液氨制冷车间未设置泄漏报警及紧急切断装置", "外包施工单位未纳入本单位安全管理"};
    private static final String[] MEASURES = {
        "加装报警装置并联网监测，完善操作规程", "停止作业，组织专项培训后复工", "清理占用物品，设置警示标识",
        "更换失效设备，落实日常巡检", "编制专项方案并组织专家论证"};
    private static final String[] PLACES = {"一号车间", "二号车间", "原料库房", "成品仓库", "配电室", "锅炉房",
        "罐区", "办公楼", "施工现场", "装卸区"};
    private static final Map<String, String> TRADES = Map.ofEntries(Map.entry("MINES", "矿业"),
            Map.entry("HAZARDOUS_CHEMICALS", "化工"), Map.entry("FIREWORKS", "烟花爆竹"),
            Map.entry("METALLURGY", "冶金"), Map.entry("CONSTRUCTION", "建筑工程"), Map.entry("ROAD_TRANSPORT", "运输"),
            Map.entry("COMMERCE_RETAIL", "商贸"), Map.entry("URBAN_GAS", "燃气"), Map.entry("ELECTRIC_POWER", "电力"),
            Map.entry("CULTURE_TOURISM", "文化旅游"), Map.entry("HEALTHCARE", "医院"));
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    final Size size;
    final long seed;
    final String prefecture;
    final List<Industry> industries;
    final List<Jurisdiction> jurisdictions = new ArrayList<>();
    final List<Enterprise> enterprises = new ArrayList<>();
    private final List<String> people = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();

    private BenchmarkData(Size size, long seed, String prefecture, List<Industry> industries) {
        this.size = size;
        this.seed = seed;
        this.prefecture = prefecture;
        this.industries = List.copyOf(industries);
    }

    /**
     * Generates the reporting units and the enterprises; the hazards are generated while they are consumed
     * ({@link #hazards}), so that a million of them never sit in memory.
     */
    static BenchmarkData generate(Size size, long seed, String prefecture, List<Industry> industries) {
        BenchmarkData data = new BenchmarkData(size, seed, prefecture, industries);
        Faker faker = new Faker(Locale.forLanguageTag("zh-CN"), new Random(seed));
        int pool = Math.min(20_000, Math.max(1_000, size.enterprises / 4));
        for (int i = 0; i < pool; i++) {
            data.people.add(faker.name().fullName());
            data.phones.add(faker.phoneNumber().cellPhone().replace(" ", ""));
        }
        List<String> streets = new ArrayList<>();
        for (int i = 0; i < pool; i++) {
            streets.add(faker.address().streetAddress());
        }
        for (int i = 1; i <= size.counties; i++) {
            String place = faker.address().cityName();
            String name = place + (i % 7 == 0 ? "市" : "县");
            String code = Integer.toString(670_000 + i);
            String unit = "BENCH_COUNTY_" + String.format("%04d", i);
            data.jurisdictions.add(new Jurisdiction(code, name + "（" + code + "）", "Benchmark county " + code,
                    "COUNTY", prefecture, unit, name + "人民政府（" + code + "）", name, "People's Government of county "
                    + code));
        }
        for (int i = 1; i <= size.ports; i++) {
            String code = prefecture + "-P" + String.format("%02d", i + 2);
            String name = faker.address().cityName() + "口岸管委会";
            data.jurisdictions.add(new Jurisdiction(code, name + "（" + code + "）", "Benchmark port " + code,
                    "PORT_ADMINISTRATION", prefecture, "BENCH_PORT_" + String.format("%02d", i + 2),
                    name + "（" + code + "）", name, "Port administrative committee " + code));
        }
        SplittableRandom random = new SplittableRandom(seed);
        Instant created = LocalDate.of(2022, 6, 1).atStartOfDay(ZONE).toInstant();
        for (int i = 0; i < size.enterprises; i++) {
            Jurisdiction at = data.jurisdictions.get(random.nextInt(data.jurisdictions.size()));
            Industry industry = industries.get(random.nextInt(industries.size()));
            String place = at.unitShortName().replace("管委会", "");
            String given = data.people.get(random.nextInt(pool));
            String name = place + given.substring(Math.max(0, given.length() - 2))
                    + TRADES.getOrDefault(industry.code(), "实业") + (i % 3 == 0 ? "有限责任公司" : "有限公司");
            String division = at.code().substring(0, 6);
            data.enterprises.add(new Enterprise(uuid(seed, 1, i), creditCode(seed, division, i), name, at.code(),
                    industry.code(), industry.highRisk(), place + streets.get(random.nextInt(pool)),
                    data.people.get(random.nextInt(pool)), data.phones.get(random.nextInt(pool)),
                    data.people.get(random.nextInt(pool)), data.phones.get(random.nextInt(pool)),
                    GRADES[random.nextInt(GRADES.length)], random.nextInt(50) == 0 ? "SUSPENDED" : "OPERATING",
                    created.plusSeconds(random.nextInt(180 * 86_400)), at.unitCode()));
        }
        return data;
    }

    /** A valid unified social credit code: 9 (工商), 1 (企业), the division code, an organisation code, the check. */
    static String creditCode(long seed, String division, int index) {
        long value = Math.floorMod(index * 1_000_003L + (seed & 0xFFFFFFL), 26_439_622_160_671L); // 31^9
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            organisation.insert(0, CODE_CHARACTERS.charAt((int) (value % 31)));
            value /= 31;
        }
        String first17 = "91" + division + organisation;
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return first17 + CODE_CHARACTERS.charAt(check == 31 ? 0 : check);
    }

    static UUID uuid(long seed, int kind, long index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + kind * 7_919L + index * 0x9E3779B97F4A7C15L);
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** The hazard numbers given per jurisdiction and year, for {@code hazards.hazard_number_sequence}. */
    final Map<String, Integer> numberSequences = new LinkedHashMap<>();

    /** Generates the hazards in order and hands each to {@code sink}. */
    void hazards(Consumer<Hazard> sink) {
        numberSequences.clear();
        Map<String, Integer> sequences = new HashMap<>();
        int span = (int) ChronoUnit.DAYS.between(FIRST_FOUND, LAST_FOUND) + 1;
        for (int i = 0; i < size.hazards; i++) {
            SplittableRandom r = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
            Enterprise enterprise = enterprises.get(r.nextInt(enterprises.size()));
            LocalDate found = FIRST_FOUND.plusDays(r.nextInt(span));
            Hazard hazard = new HistoryWriter(this, r, i, enterprise, found).write(sequences);
            sink.accept(hazard);
        }
        sequences.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> numberSequences.put(e.getKey(), e.getValue()));
    }

    String person(SplittableRandom r) {
        return people.get(r.nextInt(people.size()));
    }

    String phone(SplittableRandom r) {
        return phones.get(r.nextInt(phones.size()));
    }

    /** Generates the inspections enterprise by enterprise ({@link BenchmarkActivities}) and hands each to {@code sink}. */
    void inspections(Consumer<BenchmarkActivities.InspectionRow> sink) {
        BenchmarkActivities.inspections(this, sink);
    }

    /** Generates the tip-offs enterprise by enterprise ({@link BenchmarkActivities}) and hands each to {@code sink}. */
    void tipOffs(Consumer<BenchmarkActivities.TipOffRow> sink) {
        BenchmarkActivities.tipOffs(this, sink);
    }

    /** Generates the training records enterprise by enterprise and hands each to {@code sink}. */
    void trainingRecords(Consumer<BenchmarkActivities.TrainingRow> sink) {
        BenchmarkActivities.trainingRecords(this, sink);
    }

    /** Writes one hazard's life from its discovery, step by step, stopping at {@link #NOW}. */
    private static final class HistoryWriter {
        private final BenchmarkData data;
        private final SplittableRandom r;
        private final int index;
        private final Enterprise enterprise;
        private final LocalDate found;
        private final StringBuilder history = new StringBuilder("[");
        private final List<String> evidence = new ArrayList<>();
        private final List<String> extensions = new ArrayList<>();
        private String status;
        private Instant at;
        private int transitions;

        HistoryWriter(BenchmarkData data, SplittableRandom r, int index, Enterprise enterprise, LocalDate found) {
            this.data = data;
            this.r = r;
            this.index = index;
            this.enterprise = enterprise;
            this.found = found;
        }

        Hazard write(Map<String, Integer> sequences) {
            int roll = r.nextInt(100);
            String channel = roll < 50 ? "SELF_INSPECTION" : roll < 85 ? "SUPERVISORY_INSPECTION" : "VERIFIED_TIP_OFF";
            String reporter = channel.equals("SELF_INSPECTION") ? "qy" + (index % 9_973) : "jc" + (index % 997);
            String reporterActor = channel.equals("SELF_INSPECTION")
                    ? actor(reporter, "ENTERPRISE_MANAGER", null)
                    : actor(reporter, "INSPECTOR", enterprise.localGovernment());
            String officer = actor("xz" + (index % 991), "COUNTY_OFFICER", enterprise.localGovernment());
            String checker = actor("ys" + (index % 983), "INSPECTOR", enterprise.localGovernment());
            at = found.atTime(9, 0).plusMinutes(r.nextInt(540)).plusDays(r.nextInt(3)).atZone(ZONE).toInstant();
            if (!at.isBefore(NOW)) {
                at = NOW.minusSeconds(3_600 + r.nextInt(3_600));
            }
            Instant registeredAt = at;
            move(null, "REPORTED", reporterActor, null);
            String year = Integer.toString(registeredAt.atZone(ZONE).getYear());
            int sequence = sequences.merge(enterprise.jurisdiction() + "|" + year, 1, Integer::sum);
            String number = enterprise.jurisdiction() + "-" + year + "-" + String.format("%05d", sequence);

            String level = null;
            String clause = null;
            String plan = null;
            LocalDate deadline = null;
            LocalDate determinedOn = null;
            String closedStatus = null;
            boolean stop = chance(4) ? cancel(officer, "经核查不属于事故隐患，予以撤销") : false;
            if (!stop && step(1, 5)) {
                level = r.nextInt(100) < 92 ? "MAJOR" : "GENERAL";
                clause = level.equals("MAJOR") ? Integer.toString(1 + r.nextInt(20)) : null;
                move("REPORTED", "DETERMINED", officer, level.equals("MAJOR") ? "对照判定标准第" + clause + "项，判定为重大事故隐患"
                        : "不符合重大事故隐患判定标准，判定为一般事故隐患");
                determinedOn = day(at);
                stop = chance(3) && cancel(officer, "企业已关闭，隐患灭失，予以撤销");
            } else {
                stop = true;
            }
            if (!stop && step(1, 7)) {
                deadline = day(at).plusDays(15 + r.nextInt(106));
                plan = "{\"responsiblePerson\":" + quote(data.person(r)) + ",\"measures\":"
                        + quote(MEASURES[r.nextInt(MEASURES.length)]) + ",\"fundsFen\":" + (10_000L * (1 + r.nextInt(500)))
                        + ",\"deadline\":\"" + deadline + "\",\"contingencyPlan\":\"整改期间落实临时管控措施，专人值守\"}";
                move("DETERMINED", "RECTIFYING", actor(reporter, "ENTERPRISE_MANAGER", null), "制定整改方案，落实五到位");
                stop = chance(2) && cancel(officer, "经复核属重复登记，予以撤销");
            } else {
                stop = true;
            }
            LocalDate currentDeadline = deadline;
            if (!stop && chance(20)) {
                Instant requested = at.plus(2 + r.nextInt(10), ChronoUnit.DAYS);
                Instant decided = requested.plus(1 + r.nextInt(4), ChronoUnit.DAYS);
                if (decided.isBefore(NOW)) {
                    boolean approved = r.nextInt(4) > 0;
                    LocalDate requestedDeadline = currentDeadline.plusDays(15 + r.nextInt(46));
                    extensions.add("{\"previousDeadline\":\"" + currentDeadline + "\",\"requestedDeadline\":\""
                            + requestedDeadline + "\",\"reason\":\"设备采购周期较长，申请延期整改\",\"requestedBy\":"
                            + actor(reporter, "ENTERPRISE_MANAGER", null) + ",\"requestedAt\":\"" + requested
                            + "\",\"decision\":\"" + (approved ? "APPROVED" : "REJECTED") + "\",\"decidedBy\":" + officer
                            + ",\"decidedAt\":\"" + decided + "\",\"decisionReason\":"
                            + (approved ? "null" : "\"延期理由不充分，不予批准\"") + "}");
                    if (approved) {
                        currentDeadline = requestedDeadline;
                    }
                    at = decided;
                }
            }
            if (!stop) {
                // most are rectified in time, some late (overdue meanwhile), the rest still being rectified
                long window = ChronoUnit.DAYS.between(day(at), currentDeadline);
                long days = Math.max(1, r.nextInt(100) < 70 ? 1 + r.nextInt((int) Math.max(1, window))
                        : window + 1 + r.nextInt(90));
                stop = !stepDays(days, "RECTIFYING", "RECTIFIED", actor(reporter, "ENTERPRISE_MANAGER", null),
                        "整改完成，申请验收");
                if (!stop) {
                    evidence.add(evidence("整改完成情况说明及现场照片", "整改后现场照片.jpg"));
                }
            }
            if (!stop && chance(10)) {
                stop = !stepDays(2 + r.nextInt(6), "RECTIFIED", "RECTIFYING", checker, "验收不合格，退回整改")
                        || !stepDays(5 + r.nextInt(16), "RECTIFYING", "RECTIFIED",
                                actor(reporter, "ENTERPRISE_MANAGER", null), "再次整改完成，申请验收");
                if (!stop) {
                    evidence.add(evidence("复查整改材料", "复查整改报告.pdf"));
                }
            }
            if (!stop) {
                stop = !stepDays(1 + r.nextInt(10), "RECTIFIED", "VERIFIED", checker, "现场验收合格");
            }
            if (!stop && stepDays(1 + r.nextInt(5), "VERIFIED", "WRITTEN_OFF", officer, "闭环销号")) {
                closedStatus = "WRITTEN_OFF";
            }
            if (status.equals("CANCELLED")) {
                closedStatus = "CANCELLED";
            }

            List<String> listings = new ArrayList<>();
            boolean listed = false;
            if ("MAJOR".equals(level) && chance(8)) {
                LocalDate listedOn = determinedOn.plusDays(1 + r.nextInt(10));
                LocalDate closedOn = closedStatus == null ? null : day(at);
                if (listedOn.isBefore(day(NOW)) && (closedOn == null || !closedOn.isBefore(listedOn))) {
                    boolean prefectural = r.nextInt(5) == 0;
                    LocalDate listingDeadline = listedOn.plusDays(90 + r.nextInt(200));
                    String removal = closedOn == null ? "\"removedOn\":null,\"removalReason\":null"
                            : "\"removedOn\":\"" + closedOn + "\",\"removalReason\":"
                                    + quote(closedStatus.equals("WRITTEN_OFF") ? "隐患已销号，挂牌督办随之结束（摘牌）"
                                            : "隐患已撤销，挂牌督办随之结束（摘牌）");
                    listings.add("{\"level\":\"" + (prefectural ? "PREFECTURE" : "COUNTY") + "\",\"supervisingUnit\":\""
                            + (prefectural ? "EMB" : enterprise.localGovernment()) + "\",\"responsibleUnit\":\""
                            + enterprise.localGovernment() + "\",\"listedOn\":\"" + listedOn + "\",\"deadline\":\""
                            + listingDeadline + "\"," + removal + ",\"recordedAt\":\""
                            + listedOn.atTime(10, 0).atZone(ZONE).toInstant() + "\",\"removalRecordedAt\":"
                            + (closedOn == null ? "null" : "\"" + at + "\"") + ",\"deadlineAsListed\":\""
                            + listingDeadline + "\"}");
                    listed = closedOn == null;
                }
            }
            String location = enterprise.address() + PLACES[r.nextInt(PLACES.length)];
            String source = (channel.equals("SELF_INSPECTION") ? "ZC" : channel.equals("SUPERVISORY_INSPECTION") ? "JC"
                    : "JB") + "-" + year + "-" + String.format("%07d", index);
            return new Hazard(uuid(data.seed, 2, index), number, enterprise.id(), enterprise.jurisdiction(),
                    enterprise.industry(), location.length() > 200 ? location.substring(0, 200) : location,
                    FINDINGS[r.nextInt(FINDINGS.length)], found, reporter, channel, source, level, clause, plan,
                    status, plan == null ? null : currentDeadline, listed, "[" + String.join(",", evidence) + "]",
                    history.append(']').toString(), "[" + String.join(",", extensions) + "]",
                    "[" + String.join(",", listings) + "]", registeredAt, at, transitions + extensions.size(),
                    transitions, extensions.size(), listings.size());
        }

        /** Evidence naming one file (its content is not stored: the data set has no file store). */
        private String evidence(String description, String fileName) {
            UUID file = uuid(data.seed, 3, index * 4L + evidence.size());
            String sha256 = String.format("%016x%016x%016x%016x", r.nextLong(), r.nextLong(), r.nextLong(),
                    r.nextLong());
            return "{\"description\":" + quote(description) + ",\"attachments\":[{\"id\":\"" + file
                    + "\",\"fileName\":" + quote(fileName) + ",\"contentType\":\""
                    + (fileName.endsWith(".pdf") ? "application/pdf" : "image/jpeg") + "\",\"size\":"
                    + (50_000 + r.nextInt(2_000_000)) + ",\"sha256\":\"" + sha256 + "\"}]}";
        }

        private boolean chance(int percent) {
            return r.nextInt(100) < percent;
        }

        /** Moves on after 0..max days (at least min); false when that would be at or after NOW. */
        private boolean step(int min, int max) {
            Instant next = at.plus(min + r.nextInt(max - min + 1), ChronoUnit.DAYS).plusSeconds(r.nextInt(7_200));
            if (!next.isBefore(NOW)) {
                return false;
            }
            at = next;
            return true;
        }

        private boolean stepDays(long days, String from, String to, String actor, String reason) {
            Instant next = at.plus(days, ChronoUnit.DAYS).plusSeconds(r.nextInt(7_200));
            if (!next.isBefore(NOW)) {
                return false;
            }
            at = next;
            move(from, to, actor, reason);
            return true;
        }

        private boolean cancel(String actor, String reason) {
            Instant next = at.plus(1 + r.nextInt(10), ChronoUnit.DAYS);
            if (!next.isBefore(NOW)) {
                return false;
            }
            at = next;
            move(status, "CANCELLED", actor, reason);
            return true;
        }

        private void move(String from, String to, String actor, String reason) {
            if (transitions > 0) {
                history.append(',');
            }
            history.append("{\"from\":").append(from == null ? "null" : "\"" + from + "\"").append(",\"to\":\"")
                    .append(to).append("\",\"actor\":").append(actor).append(",\"at\":\"").append(at)
                    .append("\",\"reason\":").append(reason == null ? "null" : quote(reason)).append('}');
            status = to;
            transitions++;
        }

        private static LocalDate day(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZONE).toLocalDate();
        }

        private static String actor(String username, String role, String unit) {
            return "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"unitCode\":"
                    + (unit == null ? "null" : "\"" + unit + "\"") + "}";
        }
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
