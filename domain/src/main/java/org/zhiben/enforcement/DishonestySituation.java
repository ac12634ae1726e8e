package org.zhiben.enforcement;

/**
 * The nine situations in which an enterprise or person is put on the serious-dishonesty list, as the 《安全生产严重失信
 * 主体名单管理办法》(应急管理部令第11号, 2023) lists them, each with its source article: five for accidents (第六条) and
 * four for violations punished without an accident (第七条).
 */
public enum DishonestySituation {
    MAJOR_ACCIDENT("第六条第（一）项", "发生特别重大、重大生产安全事故的生产经营单位及其主要负责人，以及经调查认定对该事故发生负有责任，应当列入名单的其他单位和人员"),
    REPEATED_LARGER_ACCIDENTS("第六条第（二）项", "12个月内累计发生2起以上较大生产安全事故的生产经营单位及其主要负责人"),
    ESPECIALLY_SERIOUS_ACCIDENT("第六条第（三）项", "发生生产安全事故，情节特别严重、影响特别恶劣，依照《中华人民共和国安全生产法》第一百一十四条的规定被处以罚款数额2倍以上5倍以下罚款的生产经营单位及其主要负责人"),
    CONCEALED_ACCIDENT("第六条第（四）项", "瞒报、谎报生产安全事故的生产经营单位及其有关责任人员"),
    ABANDONED_RESCUE("第六条第（五）项", "发生生产安全事故后，不立即组织抢救或者在事故调查处理期间擅离职守或者逃匿的生产经营单位主要负责人"),
    UNLICENSED_OPERATION("第七条第（一）项", "未依法取得安全生产相关许可或者许可被暂扣、吊销期间从事相关生产经营活动的生产经营单位及其主要负责人"),
    FALSE_CERTIFICATION("第七条第（二）项", "承担安全评价、认证、检测、检验职责的机构及其直接责任人员租借资质、挂靠、出具虚假报告或者证书的"),
    REFUSED_EXECUTION("第七条第（三）项", "在应急管理部门作出行政处罚后，有执行能力拒不执行或者逃避执行的生产经营单位及其主要负责人"),
    OTHER_SERIOUS_VIOLATION("第七条第（四）项", "其他违反安全生产法律法规受到行政处罚，且性质恶劣、情节严重的");

    private final String sourceArticle;
    private final String text;

    DishonestySituation(String sourceArticle, String text) {
        this.sourceArticle = sourceArticle;
        this.text = text;
    }

    /** The article of 应急管理部令第11号 that lists the situation. */
    public String sourceArticle() {
        return sourceArticle;
    }

    public String text() {
        return text;
    }
}
