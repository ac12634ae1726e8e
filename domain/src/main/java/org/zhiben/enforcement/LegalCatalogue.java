package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * One version of the catalogue of articles and discretion bands penalty cases rest on, as versioned data: the version
 * in force on a day is the one with the latest {@code effectiveFrom} not after it. {@link #SHIPPED} holds a few
 * articles of the 安全生产法 (as amended in 2021, in force from 2021-09-01).
 */
public record LegalCatalogue(String version, LocalDate effectiveFrom, List<LegalArticle> articles,
        List<DiscretionBand> bands) {

    private static final String LAW = "中华人民共和国安全生产法";

    public static final LegalCatalogue SHIPPED = new LegalCatalogue("AQSCF-2021", LocalDate.of(2021, 9, 1),
            List.of(
                    new LegalArticle("AQSCF-94", LAW, "第九十四条",
                            "生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，责令限期改正，处二万元以上五万元以下的罚款"),
                    new LegalArticle("AQSCF-97", LAW, "第九十七条",
                            "未按照规定设置安全生产管理机构、配备安全生产管理人员或者未按照规定进行安全生产教育和培训等，"
                                    + "责令限期改正，处十万元以下的罚款"),
                    new LegalArticle("AQSCF-101", LAW, "第一百零一条",
                            "未建立事故隐患排查治理制度，或者重大事故隐患排查治理情况未按照规定报告的，责令限期改正，"
                                    + "处十万元以下的罚款；逾期未改正的，责令停产停业整顿"),
                    new LegalArticle("AQSCF-102", LAW, "第一百零二条",
                            "生产经营单位未采取措施消除事故隐患的，责令立即消除或者限期消除，处五万元以下的罚款；"
                                    + "拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款"),
                    new LegalArticle("AQSCF-113", LAW, "第一百一十三条",
                            "生产经营单位经停产停业整顿，仍不具备法律、行政法规和国家标准或者行业标准规定的安全生产条件的，"
                                    + "负有安全生产监督管理职责的部门应当提请地方人民政府予以关闭，有关部门应当依法吊销其有关证照")),
            List.of(
                    new DiscretionBand("AQSCF-102-A", "AQSCF-102", "未采取措施消除一般事故隐患",
                            Money.ZERO, Money.ofYuan(20_000)),
                    new DiscretionBand("AQSCF-102-B", "AQSCF-102", "未采取措施消除重大事故隐患",
                            Money.ofYuan(20_000), Money.ofYuan(50_000)),
                    new DiscretionBand("AQSCF-102-C", "AQSCF-102", "拒不执行，对直接负责的主管人员和其他直接责任人员",
                            Money.ofYuan(50_000), Money.ofYuan(100_000)),
                    new DiscretionBand("AQSCF-101-A", "AQSCF-101", "重大事故隐患排查治理情况未按照规定报告",
                            Money.ZERO, Money.ofYuan(100_000)),
                    new DiscretionBand("AQSCF-94-A", "AQSCF-94", "主要负责人未履行安全生产管理职责",
                            Money.ofYuan(20_000), Money.ofYuan(50_000))));

    public LegalCatalogue {
        version = Require.maxLength(Require.notBlank(version, "version"), 40, "version");
        Require.notNull(effectiveFrom, "effectiveFrom");
        articles = List.copyOf(Require.notEmpty(articles, "articles"));
        bands = List.copyOf(Require.notNull(bands, "bands"));
        Set<String> codes = new HashSet<>();
        for (LegalArticle article : articles) {
            if (!codes.add(article.code())) {
                throw new InvalidValueException("articles", "enforcement.catalogue.duplicate-article",
                        "article " + article.code() + " is listed twice", article.code());
            }
        }
        for (DiscretionBand band : bands) {
            if (!codes.contains(band.articleCode())) {
                throw new InvalidValueException("bands", "enforcement.catalogue.band-without-article",
                        "band " + band.code() + " belongs to an article not in the catalogue", band.code());
            }
        }
    }

    public LegalArticle article(String code) {
        return articles.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("LegalArticle", code));
    }

    public Optional<DiscretionBand> band(String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The catalogue version in force on {@code date}. */
    public static LegalCatalogue inForceOn(Collection<LegalCatalogue> versions, LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(LegalCatalogue::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("enforcement.catalogue.none-in-force",
                        "no catalogue of articles is in force on " + date, date));
    }
}
