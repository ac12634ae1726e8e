package org.zhiben.enterprises.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseImportApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    private static final String KEY_HEADER = "creditCode,name,jurisdiction,industry,address,principalName,"
            + "principalPhone,controllerName,controllerPhone,standardisationGrade,status";
    private static final String CHINESE_HEADER = "统一社会信用代码,企业名称,属地,行业,地址,主要负责人,主要负责人电话,"
            + "实际控制人,实际控制人电话,安全生产标准化等级,状态";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ten_thousand_rows_are_imported_in_one_go_and_importing_them_again_changes_nothing() {
        String token = token();
        StringBuilder csv = new StringBuilder(KEY_HEADER).append('\n');
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TestCreditCodes.random();
            codes.add(code);
            csv.append(row(code, "批量企业" + token + "-" + i, i % 2 == 0 ? "653001" : "653022",
                    i % 3 == 0 ? "HAZARDOUS_CHEMICALS" : "INDUSTRY_TRADE")).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        MvcTestResult first = upload("enterprises.csv", file);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(first).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(10_000);
            assertThat(json).extractingPath("$.rejected").isEqualTo(0);
        });
        assertThat(jdbc.queryForObject("select count(*) from enterprises.enterprise where name like ?",
                Integer.class, "批量企业" + token + "-%")).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(*) from enterprises.enterprise where credit_code = ? "
                + "and high_risk", Integer.class, codes.get(0))).isEqualTo(1);

        start = System.nanoTime();
        MvcTestResult second = upload("enterprises.csv", file);
        long secondMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(second).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(0);
            assertThat(json).extractingPath("$.updated").isEqualTo(0);
            assertThat(json).extractingPath("$.unchanged").isEqualTo(10_000);
        });
        assertThat(jdbc.queryForObject("select max(version) from enterprises.enterprise where name like ?",
                Long.class, "批量企业" + token + "-%")).isZero();
        System.out.printf("Enterprise import of 10,000 CSV rows: first import (all created) %d ms, "
                + "re-import (all unchanged) %d ms%n", firstMillis, secondMillis);
    }

    /**
     * The file is read while the rows are stored, a thousand at a time: a file found broken after thousands of good
     * rows is refused as a whole, and none of its rows stays stored.
     */
    @Test
    void a_file_broken_after_thousands_of_good_rows_is_refused_and_stores_none_of_them() {
        String token = token();
        StringBuilder csv = new StringBuilder(KEY_HEADER).append('\n');
        for (int i = 0; i < 2_500; i++) {
            csv.append(row(TestCreditCodes.random(), "断流企业" + token + "-" + i, "653001", "INDUSTRY_TRADE"))
                    .append('\n');
        }
        csv.append(row(TestCreditCodes.random(), "\"未闭合引号企业" + token, "653001", "INDUSTRY_TRADE")).append('\n');

        assertThat(upload("enterprises.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("enterprise.import.file.unclosed-quote");
        assertThat(jdbc.queryForObject("select count(*) from enterprises.enterprise where name like ?",
                Integer.class, "断流企业" + token + "-%")).isZero();
    }

    @Test
    void bad_rows_are_reported_by_line_while_the_good_rows_are_stored() {
        String good1 = TestCreditCodes.random();
        String good2 = TestCreditCodes.random();
        String invalid = TestCreditCodes.withWrongCheckCharacter(TestCreditCodes.random());
        String csv = "\uFEFF" + CHINESE_HEADER + "\r\n"
                + row(good1, "良好企业一" + token(), "653001", "INDUSTRY_TRADE") + "\r\n"
                + row(invalid, "代码错误企业" + token(), "653001", "INDUSTRY_TRADE") + "\r\n"
                + row(TestCreditCodes.random(), "属地错误企业" + token(), "659999", "INDUSTRY_TRADE") + "\r\n"
                + row(TestCreditCodes.random(), "行业错误企业" + token(), "653001", "SPACE_TRAVEL") + "\r\n"
                + row(good1, "重复企业" + token(), "653001", "INDUSTRY_TRADE") + "\r\n"
                + "\r\n"
                + row(good2, "\"良好企业二, 有逗号\"", "653022", "HAZARDOUS_CHEMICALS") + "\r\n";

        assertThat(upload("企业名录.CSV", csv.getBytes(StandardCharsets.UTF_8))).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.created").isEqualTo(2);
                    assertThat(json).extractingPath("$.rejected").isEqualTo(4);
                    assertThat(json).extractingPath("$.errors[0].lineNumber").isEqualTo(3);
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("creditCode");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("enterprise.credit-code.check");
                    assertThat(json).extractingPath("$.errors[0].message").isEqualTo("统一社会信用代码校验码不正确");
                    assertThat(json).extractingPath("$.errors[1].lineNumber").isEqualTo(4);
                    assertThat(json).extractingPath("$.errors[1].field").isEqualTo("jurisdiction");
                    assertThat(json).extractingPath("$.errors[2].lineNumber").isEqualTo(5);
                    assertThat(json).extractingPath("$.errors[2].field").isEqualTo("industry");
                    assertThat(json).extractingPath("$.errors[3].lineNumber").isEqualTo(6);
                    assertThat(json).extractingPath("$.errors[3].code")
                            .isEqualTo("enterprise.import.duplicate-in-file");
                    assertThat(json).extractingPath("$.errors[3].message").isEqualTo("该统一社会信用代码已在本文件第2行出现");
                });
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", good2).with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.name").asString().startsWith("良好企业二, 有逗号");
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", good1).with(ADMIN)).hasStatusOk();
    }

    @Test
    void the_e_mail_columns_are_imported_under_their_chinese_headings_and_a_re_import_changes_nothing() {
        String code = TestCreditCodes.random();
        String refused = TestCreditCodes.random();
        String csv = "统一社会信用代码,企业名称,属地,行业,地址,主要负责人,主要负责人电话,主要负责人邮箱,实际控制人,实际控制人电话,"
                + "实际控制人邮箱\n"
                + code + ",邮箱导入企业" + token() + ",653001,INDUSTRY_TRADE,阿图什市幸福路8号,张三,13912345678,"
                + "ZhangSan@Example.CN,李四,0908-4221234,\n"
                + refused + ",邮箱错误企业" + token() + ",653001,INDUSTRY_TRADE,阿图什市幸福路9号,王五,13912345679,"
                + "wangwu@example.cn,赵六,0908-4221235,zhaoliu@\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(upload("mail.csv", file)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(1);
            assertThat(json).extractingPath("$.errors[0].lineNumber").isEqualTo(3);
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("controllerEmail");
            assertThat(json).extractingPath("$.errors[0].code").isEqualTo("enterprise.person.email.invalid");
        });
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", code).with(ADMIN)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.principal.email").isEqualTo("ZhangSan@example.cn");
                    assertThat(json).extractingPath("$.actualController.email").isNull();
                });
        assertThat(upload("mail.csv", file)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(0);
            assertThat(json).extractingPath("$.updated").isEqualTo(0);
            assertThat(json).extractingPath("$.unchanged").isEqualTo(1);
        });
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", code).with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.version").isEqualTo(0);
    }

    @Test
    void a_changed_row_updates_its_enterprise_and_the_others_stay_unchanged() {
        String kept = TestCreditCodes.random();
        String changed = TestCreditCodes.random();
        String name = "待修改企业" + token();
        String before = KEY_HEADER + "\n" + row(kept, "不变企业" + token(), "653001", "INDUSTRY_TRADE") + "\n"
                + row(changed, name, "653001", "INDUSTRY_TRADE") + "\n";
        assertThat(upload("a.csv", before.getBytes(StandardCharsets.UTF_8))).hasStatusOk();

        String after = before.replace(name + ",653001,INDUSTRY_TRADE", name + ",653022,HAZARDOUS_CHEMICALS");
        assertThat(upload("a.csv", after.getBytes(StandardCharsets.UTF_8))).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.updated").isEqualTo(1);
                    assertThat(json).extractingPath("$.unchanged").isEqualTo(1);
                });
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", changed).with(ADMIN)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.jurisdiction").isEqualTo("653022");
                    assertThat(json).extractingPath("$.highRisk").isEqualTo(true);
                    assertThat(json).extractingPath("$.version").isEqualTo(1);
                });
    }

    @Test
    void an_excel_workbook_is_read_from_its_first_sheet_with_numeric_phone_cells_as_text() throws IOException {
        String code = TestCreditCodes.random();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("企业");
            String[] header = CHINESE_HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue("表格企业" + token());
            row.createCell(2).setCellValue("653023");
            row.createCell(3).setCellValue("FIREWORKS");
            row.createCell(4).setCellValue("阿合奇县1号");
            row.createCell(5).setCellValue("王五");
            row.createCell(6).setCellValue(13812345678d);
            row.createCell(7).setCellValue("赵六");
            row.createCell(8).setCellValue("0908-4221234");
            row.createCell(9).setCellValue("一级");
            row.createCell(10).setCellValue("停产整顿");
            workbook.write(out);
        }

        assertThat(upload("企业.xlsx", out.toByteArray())).hasStatusOk()
                .bodyJson().extractingPath("$.created").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", code).with(ADMIN)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.principal.phone").isEqualTo("13812345678");
                    assertThat(json).extractingPath("$.standardisationGrade").isEqualTo("LEVEL_1");
                    assertThat(json).extractingPath("$.status").isEqualTo("SUSPENDED");
                });
    }

    @Test
    void a_file_that_is_not_csv_or_xlsx_is_refused_on_the_field_file() {
        String code = TestCreditCodes.random();
        byte[] csv = (KEY_HEADER + "\n" + row(code, "类型错误企业" + token(), "653001", "INDUSTRY_TRADE"))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(upload("enterprises.txt", csv)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("enterprise.import.file.type");
        assertThat(upload("enterprises.xlsx", csv)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(upload("enterprises.csv", new byte[] {(byte) 0xC3, 0x28, 0x00}))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("enterprise.import.file.encoding");
        assertThat(jdbc.queryForObject("select count(*) from enterprises.enterprise where credit_code = ?",
                Integer.class, code)).isZero();
    }

    @Test
    void a_header_without_a_required_column_is_refused_naming_it() {
        String csv = "creditCode,name,jurisdiction,industry,address\n";

        assertThat(upload("short.csv", csv.getBytes(StandardCharsets.UTF_8))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("file");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("enterprise.import.header.missing");
                    assertThat(json).extractingPath("$.detail").isEqualTo("表头缺少列“主要负责人”（principalName）");
                });
    }

    @Test
    void a_file_over_20_mb_is_refused() {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        assertThat(upload("large.csv", large)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("upload.too-large");
    }

    private MvcTestResult upload(String fileName, byte[] content) {
        return mvc.post().uri("/api/v1/enterprises/imports").with(ADMIN).multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .exchange();
    }

    private static String row(String creditCode, String name, String jurisdiction, String industry) {
        return String.join(",", creditCode, name, jurisdiction, industry, "阿图什市幸福路8号", "张三", "13912345678",
                "李四", "0908-4221234", "LEVEL_3", "");
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
