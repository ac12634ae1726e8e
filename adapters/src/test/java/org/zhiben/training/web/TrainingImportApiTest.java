package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.TrainingFixtures;

/**
 * Bulk import of training records and special-operation certificates (CSV and xlsx) on the real PostgreSQL: good rows
 * are stored, refused rows reported by line and column in the reader's language, a re-import of the same file
 * changes nothing (its counts say so), rows about another enterprise are refused one by one for an enterprise user,
 * a file with a wrong header or broken further down is refused as a whole and stores nothing, and every import is one
 * audit entry with its counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingImportApiTest {

    static final String RECORDS = "/api/v1/training/records/imports";
    static final String CERTIFICATES = "/api/v1/training/certificates/imports";
    static final String RECORD_HEADER = "统一社会信用代码,单位名称,属地,姓名,身份证号后四位,人员类别,培训课程,培训机构,开始日期,"
            + "结束日期,学时,考试结果,证书编号";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_enterprise_imports_its_staff_training_from_csv_and_a_second_import_of_the_file_changes_nothing() {
        Enterprise own = TrainingFixtures.enterprise(enterprises, "导入培训化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        Enterprise other = TrainingFixtures.enterprise(enterprises, "导入培训他企", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        String username = "import-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor manager = TestCallers.as(username, RoleAssignment.enterpriseManager(own.id().value()));
        String course = "主要负责人培训" + TestNames.letters();
        String code = own.creditCode().value();
        String csv = "\uFEFF" + RECORD_HEADER + "\r\n"
                + String.join(",", code, "", "", "王小明", "123X", "企业主要负责人", course, "克州培训中心", "2026-03-02",
                "2026-03-06", "32", "合格", "") + "\r\n"
                + String.join(",", code, "", "", "李大力", "4567", "高危行业领域从业人员", course, "克州培训中心",
                "2026年3月2日", "2026/3/4", "24", "不合格", "") + "\r\n"
                + String.join(",", other.creditCode().value(), "", "", "赵六", "8888", "安全生产管理人员", course,
                "克州培训中心", "2026-03-02", "2026-03-06", "32", "合格", "") + "\r\n"
                + String.join(",", code, "", "", "钱七", "9999", "企业主要负责人", course, "克州培训中心", "2026-13-02",
                "2026-03-06", "32", "合格", "") + "\r\n"
                + String.join(",", code, "", "", "王小明", "123X", "企业主要负责人", course, "克州培训中心", "2026-03-02",
                "2026-03-06", "32", "合格", "") + "\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(upload(RECORDS, manager, "培训记录.csv", file)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.rows").isEqualTo(5);
            assertThat(json).extractingPath("$.created").isEqualTo(2);
            assertThat(json).extractingPath("$.unchanged").isEqualTo(0);
            assertThat(json).extractingPath("$.rejected").isEqualTo(3);
            assertThat(json).extractingPath("$.errors[0].lineNumber").isEqualTo(4);
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("creditCode");
            assertThat(json).extractingPath("$.errors[0].code").isEqualTo("training.import.out-of-scope");
            assertThat(json).extractingPath("$.errors[0].column").isEqualTo("统一社会信用代码");
            assertThat(json).extractingPath("$.errors[0].message").isEqualTo("不在您的数据权限范围内，不能导入");
            assertThat(json).extractingPath("$.errors[1].lineNumber").isEqualTo(5);
            assertThat(json).extractingPath("$.errors[1].column").isEqualTo("开始日期");
            assertThat(json).extractingPath("$.errors[1].code").isEqualTo("training.import.day-invalid");
            assertThat(json).extractingPath("$.errors[2].lineNumber").isEqualTo(6);
            assertThat(json).extractingPath("$.errors[2].code").isEqualTo("training.import.duplicate-in-file");
            assertThat(json).extractingPath("$.errors[2].message").isEqualTo("本行与本文件第2行重复");
        });
        assertThat(recordsOf(own, course)).isEqualTo(2);
        assertThat(jdbc.queryForList("select masked_name from training.training_record where enterprise_id = ? "
                + "order by masked_name", String.class, own.id().value())).containsExactly("李**", "王**");
        assertThat(recordsOf(other, course)).isZero();

        assertThat(upload(RECORDS, manager, "培训记录.csv", file)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(0);
            assertThat(json).extractingPath("$.unchanged").isEqualTo(2);
            assertThat(json).extractingPath("$.rejected").isEqualTo(3);
        });
        assertThat(recordsOf(own, course)).isEqualTo(2);
        assertThat(jdbc.queryForList("select change from audit.entry where username = ? and action = "
                + "'training-import.completed' order by sequence", String.class, username)).containsExactly(
                "kind=records;rows=5;created=2;unchanged=0;rejected=3",
                "kind=records;rows=5;created=0;unchanged=2;rejected=3");

        String changed = csv.replace("\"", "").lines().limit(2).reduce("", (a, b) -> a + b + "\n")
                .replace("2026-03-06,32", "2026-03-06,40");
        assertThat(upload(RECORDS, manager, "培训记录.csv", changed.getBytes(StandardCharsets.UTF_8))).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.created").isEqualTo(0);
                    assertThat(json).extractingPath("$.rejected").isEqualTo(1);
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("hours");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("training.import.record-differs");
                });
    }

    @Test
    void a_county_imports_the_training_of_a_leading_cadre_by_unit_and_jurisdiction_name_and_reads_errors_in_english() {
        String unit = "阿克陶县" + TestNames.letters() + "局";
        String csv = RECORD_HEADER + "\n"
                + String.join(",", "", unit, "阿克陶县", "孙大圣", "0001", "党政领导干部", "安全生产专题培训", "县委党校",
                "2026-02-27", "2026-02-29", "8", "合格", "") + "\n"
                + String.join(",", "", unit, "阿克陶县", "孙大圣", "0001", "党政领导干部", "安全生产专题培训", "县委党校",
                "2026-03-01", "2026-03-01", "8", "合格", "") + "\n"
                + String.join(",", "", unit, "阿图什市", "猪八戒", "0002", "党政领导干部", "安全生产专题培训", "县委党校",
                "2026-03-01", "2026-03-01", "8", "合格", "") + "\n";
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);
        MvcTestResult result = mvc.post().uri(RECORDS).with(county).header("Accept-Language", "en").multipart()
                .file(new MockMultipartFile("file", "cadres.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .exchange();
        assertThat(result).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(1);
            assertThat(json).extractingPath("$.rejected").isEqualTo(2);
            assertThat(json).extractingPath("$.errors[0].lineNumber").isEqualTo(2);
            assertThat(json).extractingPath("$.errors[0].column").isEqualTo("Last day");
            assertThat(json).extractingPath("$.errors[0].message")
                    .isEqualTo("\"2026-02-29\" is not a date (write 2026-03-02 or 2026年3月2日)");
            assertThat(json).extractingPath("$.errors[1].lineNumber").isEqualTo(4);
            assertThat(json).extractingPath("$.errors[1].column").isEqualTo("Jurisdiction");
            assertThat(json).extractingPath("$.errors[1].message")
                    .isEqualTo("Outside the data you may change; not imported");
        });
        assertThat(jdbc.queryForObject("select count(*) from training.training_record where unit_name = ? "
                + "and jurisdiction = ?", Integer.class, unit, TestCallers.AKTO)).isEqualTo(1);
    }

    @Test
    void certificates_import_from_xlsx_by_number_and_a_second_import_changes_nothing() throws IOException {
        Enterprise own = TrainingFixtures.enterprise(enterprises, "导入持证化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        Enterprise other = TrainingFixtures.enterprise(enterprises, "导入持证他企", TestCallers.ARTUX,
                "HAZARDOUS_CHEMICALS", true);
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own.id().value()));
        String prefix = "IMP" + UUID.randomUUID().toString().substring(0, 8) + "-";
        byte[] file = workbook(List.of(
                List.of("统一社会信用代码", "姓名", "身份证号后四位", "作业类别", "证书编号", "发证日期", "有效期至", "下次复审日期"),
                List.of(own.creditCode().value(), "周电工", "1111", "电工作业", prefix + "1", LocalDate.of(2024, 2, 29),
                        LocalDate.of(2030, 2, 28), LocalDate.of(2027, 2, 28)),
                List.of(own.creditCode().value(), "吴焊工", "2222", "焊接与热切割作业", prefix + "2", "2025-01-01",
                        "2031-01-01", ""),
                List.of(own.creditCode().value(), "郑高处", "3333", "飞行作业", prefix + "3", "2025-01-01",
                        "2031-01-01", ""),
                List.of(own.creditCode().value(), "冯到期", "4444", "电工作业", prefix + "4", "2025-01-01",
                        "2024-12-31", ""),
                List.of(other.creditCode().value(), "陈他企", "5555", "电工作业", prefix + "5", "2025-01-01",
                        "2031-01-01", "")));

        assertThat(upload(CERTIFICATES, manager, "操作证.xlsx", file)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(2);
            assertThat(json).extractingPath("$.rejected").isEqualTo(3);
            assertThat(json).extractingPath("$.errors[0].lineNumber").isEqualTo(4);
            assertThat(json).extractingPath("$.errors[0].column").isEqualTo("作业类别");
            assertThat(json).extractingPath("$.errors[0].message").isEqualTo("无法识别“飞行作业”");
            assertThat(json).extractingPath("$.errors[1].lineNumber").isEqualTo(5);
            assertThat(json).extractingPath("$.errors[1].field").isEqualTo("expiresOn");
            assertThat(json).extractingPath("$.errors[1].code").isEqualTo("training.certificate.expiry-before-issue");
            assertThat(json).extractingPath("$.errors[2].lineNumber").isEqualTo(6);
            assertThat(json).extractingPath("$.errors[2].code").isEqualTo("training.import.out-of-scope");
        });
        assertThat(jdbc.queryForObject("select issued_on from training.special_operation_certificate "
                + "where number = ?", LocalDate.class, prefix + "1")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(jdbc.queryForObject("select masked_name from training.special_operation_certificate "
                + "where number = ?", String.class, prefix + "2")).isEqualTo("吴**");

        assertThat(upload(CERTIFICATES, manager, "操作证.xlsx", file)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(0);
            assertThat(json).extractingPath("$.unchanged").isEqualTo(2);
            assertThat(json).extractingPath("$.rejected").isEqualTo(3);
        });
        assertThat(jdbc.queryForObject("select count(*) from training.special_operation_certificate "
                + "where number like ?", Integer.class, prefix + "%")).isEqualTo(2);
    }

    @Test
    void a_file_with_a_wrong_header_or_broken_further_down_is_refused_as_a_whole_and_stores_nothing() {
        Enterprise own = TrainingFixtures.enterprise(enterprises, "导入表头化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own.id().value()));
        String course = "表头测试" + TestNames.letters();
        String good = String.join(",", own.creditCode().value(), "", "", "王小明", "123X", "企业主要负责人", course,
                "克州培训中心", "2026-03-02", "2026-03-06", "32", "合格", "");

        MvcTestResult missing = upload(RECORDS, manager, "a.csv",
                (RECORD_HEADER.replace(",学时", "") + "\n" + good.replace(",32,", ",")).getBytes(StandardCharsets.UTF_8));
        assertThat(missing).hasStatus(400).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].code").isEqualTo("training.import.header.missing");
            assertThat(json).extractingPath("$.detail").isEqualTo("表头缺少列“学时”（hours）");
        });
        MvcTestResult unknown = upload(RECORDS, manager, "a.csv",
                (RECORD_HEADER + ",备注\n" + good + ",x").getBytes(StandardCharsets.UTF_8));
        assertThat(unknown).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("training.import.header.unknown");
        MvcTestResult broken = upload(RECORDS, manager, "a.csv",
                (RECORD_HEADER + "\n" + good + "\n" + good.replace("王小明", "\"李未闭")).getBytes(StandardCharsets.UTF_8));
        assertThat(broken).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("training.import.file.unclosed-quote");
        MvcTestResult wrongType = upload(CERTIFICATES, manager, "a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType).hasStatus(400).bodyJson().extractingPath("$.errors[0].code").isEqualTo("training.import.file.type");
        assertThat(recordsOf(own, course)).isZero();
    }

    private int recordsOf(Enterprise enterprise, String course) {
        return jdbc.queryForObject("select count(*) from training.training_record where enterprise_id = ? "
                + "and course = ?", Integer.class, enterprise.id().value(), course);
    }

    private MvcTestResult upload(String uri, RequestPostProcessor caller, String name, byte[] content) {
        return mvc.post().uri(uri).with(caller).multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).exchange();
    }

    /** A workbook whose date values are date cells, as Excel keeps them. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("证书");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
