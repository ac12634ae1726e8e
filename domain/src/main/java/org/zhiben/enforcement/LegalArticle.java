package org.zhiben.enforcement;

import org.zhiben.shared.Require;

/**
 * An article of law a penalty may rest on, as catalogue data.
 *
 * @param code    a stable code, e.g. {@code AQSCF-102}
 * @param law     the law, e.g. 中华人民共和国安全生产法
 * @param article the article as cited, e.g. 第一百零二条
 * @param summary what the article punishes and with what, in short
 */
public record LegalArticle(String code, String law, String article, String summary) {

    public LegalArticle {
        code = Require.maxLength(Require.notBlank(code, "code"), 40, "code");
        law = Require.maxLength(Require.notBlank(law, "law"), 100, "law");
        article = Require.maxLength(Require.notBlank(article, "article"), 40, "article");
        summary = Require.maxLength(Require.notBlank(summary, "summary"), 1000, "summary");
    }

    /** As cited in a decision: 《中华人民共和国安全生产法》第一百零二条. */
    public String citation() {
        return "《" + law + "》" + article;
    }
}
