package org.zhiben.training.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.shared.IndustryCode;
import org.zhiben.training.EnterpriseRule;
import org.zhiben.training.FocusGroup;
import org.zhiben.training.FocusGroups;
import org.zhiben.training.TraineeRole;

/** The focus groups in force: the newest revision of each code of {@code training.focus_group}. */
@Component
class FocusGroupsAdapter implements FocusGroups {

    private static final String NEWEST = "SELECT DISTINCT ON (code) code, revision, year, name, name_en, role, "
            + "industries, hospital_grades, key_cultural_relic_units, large_commercial_complexes "
            + "FROM training.focus_group ORDER BY code, revision DESC";

    private final JdbcClient jdbc;

    FocusGroupsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<FocusGroup> all() {
        return jdbc.sql("SELECT * FROM (" + NEWEST + ") AS newest ORDER BY year, code")
                .query(FocusGroupsAdapter::group).list();
    }

    @Override
    public Optional<FocusGroup> find(String code) {
        return jdbc.sql("SELECT * FROM (" + NEWEST + ") AS newest WHERE code = :code").param("code", code)
                .query(FocusGroupsAdapter::group).optional();
    }

    private static FocusGroup group(ResultSet rs, int row) throws SQLException {
        Set<IndustryCode> industries = texts(rs.getArray("industries")).stream().map(IndustryCode::of)
                .collect(Collectors.toSet());
        Set<HospitalGrade> grades = texts(rs.getArray("hospital_grades")).stream().map(HospitalGrade::valueOf)
                .collect(Collectors.toSet());
        return new FocusGroup(rs.getString("code"), rs.getInt("revision"), rs.getInt("year"), rs.getString("name"),
                rs.getString("name_en"), TraineeRole.valueOf(rs.getString("role")), new EnterpriseRule(industries,
                grades, rs.getBoolean("key_cultural_relic_units"), rs.getBoolean("large_commercial_complexes")));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
