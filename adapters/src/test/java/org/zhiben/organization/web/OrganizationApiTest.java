package org.zhiben.organization.web;

import static org.zhiben.platform.testing.TestCallers.committeeAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OrganizationApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_prefecture_has_seven_jurisdictions_and_the_ports_are_jurisdictions_of_their_own_kind() {
        var response = mvc.get().uri("/api/v1/organization/jurisdictions").with(committeeAdmin()).exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.length()").isEqualTo(7);
        assertThat(response).bodyJson().extractingPath("$[?(@.code == '653000-P01')].kind").asArray()
                .containsExactly("PORT_ADMINISTRATION");
        assertThat(response).bodyJson().extractingPath("$[?(@.code == '653022')].name").asArray()
                .containsExactly("阿克陶县");
    }

    @Test
    void units_can_be_filtered_by_kind_and_the_committee_office_is_hosted_by_the_emergency_management_bureau() {
        var response = mvc.get().uri("/api/v1/organization/units?kind=COMMITTEE_OFFICE").with(committeeAdmin()).exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$[*].code").asArray().containsExactly("ACO");
        assertThat(response).bodyJson().extractingPath("$[0].hostedBy").isEqualTo("EMB");
    }

    @Test
    void an_unknown_unit_is_a_404_problem_and_a_malformed_kind_a_400_naming_the_parameter() {
        assertThat(mvc.get().uri("/api/v1/organization/units/NO_SUCH_UNIT").with(committeeAdmin()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("not-found");
        assertThat(mvc.get().uri("/api/v1/organization/units?kind=COUNTY").with(committeeAdmin()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
    }

    @Test
    void urban_gas_is_managed_by_the_housing_bureau() {
        assertThat(mvc.get().uri("/api/v1/organization/industries/URBAN_GAS").with(committeeAdmin()))
                .hasStatusOk()
                .bodyJson().extractingPath("$.competentUnit").isEqualTo("HOUSING");
    }

    @Test
    void a_new_business_form_without_a_competent_department_falls_back_to_the_closest_unit() {
        var response = mvc.post().uri("/api/v1/responsibility/resolutions").with(committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"description": "直播带货仓储新业态的消防与仓储安全",
                         "newBusinessForm": true,
                         "jurisdiction": "653001",
                         "involvements": [
                            {"unit": "SAMR", "role": "CONTRIBUTING", "proximity": 2},
                            {"unit": "COMMERCE", "role": "CONTRIBUTING", "proximity": 1}]}""")
                .exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.lead.unit").isEqualTo("COMMERCE");
        assertThat(response).bodyJson().extractingPath("$.lead.principle.code").isEqualTo("CLOSEST_LEADS");
        assertThat(response).bodyJson().extractingPath("$.lead.principle.label").isEqualTo("谁靠近谁牵头");
        assertThat(response).bodyJson()
                .extractingPath("$.trace[?(@.outcome == 'DECIDED')].principle.code").asArray()
                .containsExactly("CLOSEST_LEADS");
        assertThat(response).bodyJson().extractingPath("$.territorialJurisdiction").isEqualTo("653001");
        assertThat(response).bodyJson().extractingPath("$.undecided").isEqualTo(false);
    }

    @Test
    void the_explanation_is_in_english_when_the_caller_asks_for_english() {
        var response = mvc.post().uri("/api/v1/responsibility/resolutions").with(committeeAdmin())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"description": "Bottled LPG in a school canteen", "industry": "URBAN_GAS",
                         "businessUnits": ["EDU"]}""")
                .exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.lead.unit").isEqualTo("HOUSING");
        assertThat(response).bodyJson().extractingPath("$.lead.principle.label")
                .isEqualTo("Whoever is the competent authority leads");
        assertThat(response).bodyJson().extractingPath("$.coResponsibleUnits[*].unit").asArray().contains("EDU");
    }

    @Test
    void a_matter_without_description_or_with_an_unknown_unit_is_refused_naming_the_field() {
        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").with(committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"industry\": \"URBAN_GAS\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("description");
        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").with(committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"x\", \"businessUnits\": [\"EDU\", \"NOPE\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("businessUnits[1]");
        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").with(committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"x\", \"businessUnits\": [\"lower-case\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("businessUnits[0]");
    }
}
