package org.zhiben.enforcement.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.zhiben.enforcement.application.ReadPenaltyCases.PublicDecision;
import org.zhiben.enforcement.application.ReadPenaltyCases.PublicDecisionPage;
import org.zhiben.enforcement.application.ReadPenaltyCases.PublicMeasure;

/** The published penalty decisions as an Atom feed (RFC 4287), in Chinese, one entry per decision. */
final class DecisionFeed {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private DecisionFeed() {
    }

    static String atom(PublicDecisionPage found, String pageUrl, String selfUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", "zh-CN");
            element(xml, "id", "urn:zhiben:enforcement:public-decisions");
            element(xml, "title", "行政处罚决定公示");
            element(xml, "updated", instant(found.decisions().stream().map(PublicDecision::publishedOn)
                    .max(LocalDate::compareTo).orElse(LocalDate.of(2024, 1, 1))));
            link(xml, "alternate", pageUrl);
            link(xml, "self", selfUrl);
            xml.writeStartElement("author");
            element(xml, "name", "安全生产执法公示");
            xml.writeEndElement();
            for (PublicDecision decision : found.decisions()) {
                entry(xml, decision, pageUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the decision feed could not be written", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, PublicDecision decision, String pageUrl)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + decision.caseId().value());
        element(xml, "title", decision.enterpriseName() + " 行政处罚决定");
        element(xml, "published", instant(decision.publishedOn()));
        element(xml, "updated", instant(decision.publishedOn()));
        link(xml, "alternate", pageUrl + "#case-" + decision.caseId().value());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(text(decision));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The decision as the page shows it, one fact a line. */
    static String text(PublicDecision decision) {
        return String.join("\n",
                "企业名称：" + decision.enterpriseName(),
                "统一社会信用代码：" + decision.creditCode(),
                "违法行为：" + decision.violation(),
                "处罚依据：" + String.join("；", decision.basis()),
                "处罚措施：" + decision.measures().stream().map(DecisionFeed::measure)
                        .collect(Collectors.joining("；")),
                "作出决定机关：" + decision.decidingUnitName(),
                "决定日期：" + CHINESE_DATE.format(decision.decidedOn()),
                "公示日期：" + CHINESE_DATE.format(decision.publishedOn()));
    }

    static String measure(PublicMeasure measure) {
        StringBuilder text = new StringBuilder(measure.party()).append(" ").append(measure.kind());
        if (measure.fineFen() != null) {
            text.append(" ").append(measure.fineYuan()).append(" 元");
        }
        if (measure.detail() != null && !measure.detail().isBlank()) {
            text.append("（").append(measure.detail()).append("）");
        }
        return text.toString();
    }

    private static String instant(LocalDate day) {
        return day.atTime(LocalTime.MIDNIGHT).atOffset(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
