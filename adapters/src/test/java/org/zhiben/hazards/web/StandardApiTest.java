package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class StandardApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_shipped_national_standards_are_loaded_with_twenty_clauses_each_and_in_force_today() {
        assertThat(mvc.get().uri("/api/v1/standards").with(ADMIN)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$[?(@.code == 'CHEM-2017')].clauseCount").asArray().containsExactly(20);
            assertThat(json).extractingPath("$[?(@.code == 'CHEM-2017')].inForce").asArray().containsExactly(true);
            assertThat(json).extractingPath("$[?(@.code == 'FIREWORKS-2017')].clauseCount").asArray()
                    .containsExactly(20);
            assertThat(json).extractingPath("$[?(@.code == 'FIREWORKS-2017')].sectors").asArray()
                    .containsExactly(java.util.List.of("FIREWORKS"));
        });
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history "
                + "where description = 'shipped determination standards' and success", Integer.class)).isEqualTo(1);
    }

    @Test
    void one_version_is_shown_with_its_clauses_in_document_order_and_its_notes() {
        assertThat(mvc.get().uri("/api/v1/standards/CHEM-2017").with(ADMIN)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.clauses.length()").isEqualTo(20);
            assertThat(json).extractingPath("$.clauses[1].number").isEqualTo("2");
            assertThat(json).extractingPath("$.clauses[1].text").isEqualTo("特种作业人员未持证上岗。");
            assertThat(json).extractingPath("$.documentNumber").isEqualTo("安监总管三〔2017〕121号");
            assertThat(json).extractingPath("$.effectiveFrom").isEqualTo("2017-11-13");
            assertThat(json).extractingPath("$.sourceNotes").asString().startsWith("正式发布");
        });
        assertThat(mvc.get().uri("/api/v1/standards/NO-SUCH-CODE").with(ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_standard_in_force_for_a_sector_on_a_day_is_found() {
        assertThat(mvc.get().uri("/api/v1/standards/in-force?sector=FIREWORKS&date=2024-05-01").with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.code").isEqualTo("FIREWORKS-2017");
        assertThat(mvc.get().uri("/api/v1/standards/in-force?sector=FIREWORKS&date=2016-01-01").with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/standards/in-force?sector=fireworks").with(ADMIN)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("sector");
    }

    @Test
    void a_finding_citing_chemicals_clause_2_in_the_chemicals_sector_is_a_major_hazard() {
        assertThat(determine("HAZARDOUS_CHEMICALS", "2024-05-01", "CHEM-2017", "2")).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.level").isEqualTo("MAJOR");
                    assertThat(json).extractingPath("$.standardCode").isEqualTo("CHEM-2017");
                    assertThat(json).extractingPath("$.clauseText").isEqualTo("特种作业人员未持证上岗。");
                });
    }

    @Test
    void a_finding_citing_no_clause_is_a_general_hazard() {
        assertThat(mvc.post().uri("/api/v1/hazards/determinations").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sector\": \"HAZARDOUS_CHEMICALS\", \"discoveredOn\": \"2024-05-01\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.level").isEqualTo("GENERAL");
    }

    @Test
    void a_fireworks_clause_cited_for_the_chemicals_sector_is_refused_on_the_field_clause() {
        assertThat(determine("HAZARDOUS_CHEMICALS", "2024-05-01", "FIREWORKS-2017", "4"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("clause");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("hazard.clause.other-sector");
                });
    }

    @Test
    void an_unknown_clause_or_one_not_yet_in_force_is_refused_on_the_field_clause() {
        assertThat(determine("HAZARDOUS_CHEMICALS", "2024-05-01", "CHEM-2017", "21"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("clause");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("hazard.clause.unknown");
                });
        assertThat(determine("HAZARDOUS_CHEMICALS", "2017-01-01", "CHEM-2017", "2"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("clause");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("hazard.clause.not-in-force");
                });
    }

    @Test
    void a_new_version_superseding_chem_2017_keeps_the_old_one_and_both_form_the_chain() {
        String yaml = """
                code: CHEM-2099-REVISED
                title: 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（修订）
                document_number: 测试〔2099〕1号
                issuer: 应急管理部
                effective_from: null
                supersedes: CHEM-2017
                sectors:
                - hazardous-chemicals
                source_notes: test revision
                notes: null
                clauses:
                - number: '1'
                  group: null
                  text: 主要负责人和安全生产管理人员未依法经考核合格。
                - number: '2'
                  group: 人员
                  text: 特种作业人员未持证上岗。
                """;
        MvcTestResult imported = importYaml("revised.yaml", yaml);
        assertThat(imported).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/v1/standards/CHEM-2099-REVISED")
                .bodyJson().extractingPath("$.supersedes").isEqualTo("CHEM-2017");

        assertThat(mvc.get().uri("/api/v1/standards/CHEM-2099-REVISED/versions").with(ADMIN)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$[*].code").asArray()
                            .containsExactly("CHEM-2017", "CHEM-2099-REVISED");
                    assertThat(json).extractingPath("$[0].supersededBy").isEqualTo("CHEM-2099-REVISED");
                    assertThat(json).extractingPath("$[0].inForce").isEqualTo(true);
                    assertThat(json).extractingPath("$[1].inForce").isEqualTo(false);
                });

        assertThat(mvc.put().uri("/api/v1/standards/CHEM-2099-REVISED/effective-from").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\": \"2099-01-01\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.effectiveFrom").isEqualTo("2099-01-01");
        assertThat(mvc.get().uri("/api/v1/standards/in-force?sector=HAZARDOUS_CHEMICALS&date=2099-06-01").with(ADMIN))
                .bodyJson().extractingPath("$.code").isEqualTo("CHEM-2099-REVISED");
        assertThat(mvc.get().uri("/api/v1/standards/in-force?sector=HAZARDOUS_CHEMICALS&date=2024-05-01").with(ADMIN))
                .bodyJson().extractingPath("$.code").isEqualTo("CHEM-2017");
        assertThat(mvc.put().uri("/api/v1/standards/CHEM-2099-REVISED/effective-from").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\": \"2098-01-01\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("hazard.standard.effective-date.already-set");
    }

    @Test
    void importing_a_code_that_exists_is_refused_with_409() throws Exception {
        String shipped = new ClassPathResource("standards/chemicals-2017.yaml").getContentAsString(
                StandardCharsets.UTF_8);

        assertThat(importYaml("chemicals-2017.yaml", shipped)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("hazard.standard.duplicate");
    }

    @Test
    void a_clause_of_an_unknown_shape_is_refused_naming_the_field() {
        String yaml = """
                code: SHAPE-TEST
                title: 形状错误
                document_number: 测试〔2025〕1号
                issuer: 测试
                sectors: [fireworks]
                clauses:
                - number: '1'
                  title: 不是 text
                """;

        assertThat(importYaml("shape.yaml", yaml)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("clauses[0].title");
            assertThat(json).extractingPath("$.errors[0].code").isEqualTo("hazard.standard.yaml.unknown-field");
        });
        assertThat(importYaml("shape.yaml", yaml.replace("  title: 不是 text", "  text: ''")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("clauses[0].text");
        assertThat(mvc.get().uri("/api/v1/standards/SHAPE-TEST").with(ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_sector_without_a_national_standard_is_judged_by_the_key_inspection_items_its_department_defines() {
        String code = "SCHOOL-KEY-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String yaml = """
                code: %s
                title: 教育系统重大事故隐患重点检查事项
                document_number: null
                issuer: 自治州教育局
                effective_from: 2024-06-01
                supersedes: null
                kind: KEY_INSPECTION_ITEMS
                defined_by: EDU
                sectors:
                - SCHOOLS
                source_notes: null
                notes: null
                clauses:
                - number: '1'
                  group: 校园燃气
                  text: 学校食堂使用瓶装液化石油气未安装可燃气体报警装置。
                """.formatted(code);
        assertThat(importYaml("school.yaml", yaml)).hasStatus(HttpStatus.CREATED);
        assertThat(determine("SCHOOLS", "2024-09-01", code, "1")).hasStatusOk()
                .bodyJson().extractingPath("$.level").isEqualTo("MAJOR");
    }

    @Test
    void a_sector_the_organisation_does_not_know_is_refused_naming_it() {
        String yaml = """
                code: NOWHERE-2099
                title: 不存在的行业
                document_number: 测试〔2099〕2号
                issuer: 测试
                effective_from: null
                supersedes: null
                sectors:
                - space-travel
                clauses:
                - number: '1'
                  group: null
                  text: 测试条款。
                """;
        assertThat(importYaml("nowhere.yaml", yaml)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("sectors[0]");
            assertThat(json).extractingPath("$.errors[0].code").isEqualTo("hazard.standard.sector.unknown");
        });
    }

    private MvcTestResult determine(String sector, String discoveredOn, String standardCode, String clauseNumber) {
        return mvc.post().uri("/api/v1/hazards/determinations").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"sector": "%s", "discoveredOn": "%s", "clause": {"standardCode": "%s", "clauseNumber": "%s"}}
                """.formatted(sector, discoveredOn, standardCode, clauseNumber)).exchange();
    }

    private MvcTestResult importYaml(String name, String yaml) {
        return mvc.post().uri("/api/v1/standards/imports").with(ADMIN).multipart()
                .file(new MockMultipartFile("file", name, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .exchange();
    }
}
