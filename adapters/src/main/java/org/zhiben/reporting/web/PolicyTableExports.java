package org.zhiben.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.HeaderCell;
import org.zhiben.platform.export.PagedRows;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyFilter;
import org.zhiben.reporting.PolicyKind;
import org.zhiben.reporting.application.ReadPolicies;
import org.zhiben.shared.UnitCode;

/**
 * 附表2 (自治州安全生产治本攻坚出台政策统计表) as the platform's export table, laid out as the form: a heading of two rows —
 * 序号, 填报单位, 文件名称, 文号, 印发日期 and 是否抄送州安委办 each over both rows, 类别 over 法规, 规范性文件, 标准 and
 * 工作制度 — a line per policy with 1 under its kind, and the total line counting the policies of each kind. The lines
 * are every one the caller reads under the filter ("各级、各部门出台的相关安全生产制度类文件，印发后同时抄送自治州安委会
 * 办公室"), fetched a page at a time while the file is written; the unit and the issue period stand under the title.
 */
@Component
public class PolicyTableExports {

    private final ReadPolicies read;
    private final MemberUnits units;
    private final MessageSource messages;

    PolicyTableExports(ReadPolicies read, MemberUnits units, MessageSource messages) {
        this.read = read;
        this.units = units;
        this.messages = messages;
    }

    /** The compilation the caller reads under {@code filter} (its page and size are not used: every line is). */
    public ExportTable table(PolicyFilter filter) {
        Map<UnitCode, String> names = units.findAll().stream().collect(Collectors.toMap(MemberUnit::code,
                u -> UiFormats.english() ? u.nameEn() : u.name(), (a, b) -> a));
        PolicyKind[] kinds = PolicyKind.values();
        List<HeaderCell> first = new ArrayList<>(List.of(HeaderCell.down(text("ptx.line"), 2),
                HeaderCell.down(text("ptx.unit"), 2), HeaderCell.down(text("ptx.title-column"), 2),
                HeaderCell.down(text("ptx.document-number"), 2), HeaderCell.down(text("ptx.issued-on"), 2),
                HeaderCell.across(text("ptx.kind"), kinds.length), HeaderCell.down(text("ptx.copied"), 2)));
        List<HeaderCell> second = new ArrayList<>();
        List<Integer> widths = new ArrayList<>(List.of(6, 24, 32, 22, 16));
        for (PolicyKind kind : kinds) {
            second.add(HeaderCell.of(text("ptx.kind." + kind.name())));
            widths.add(14);
        }
        widths.add(18);
        Iterable<List<ExportCell>> body = () -> new Lines(filter, names);
        ExportTable table = ExportTable.of(text("ptx.title"), List.of(first, second), body)
                .withUnit(unit(filter, names))
                .withNotes(List.of(text("ptx.note.kind"), text("ptx.note.signatures")))
                .withSheetName(text("ptx.sheet"))
                .withWidths(widths);
        String period = period(filter.issuedFrom(), filter.issuedTo());
        return period == null ? table : table.withPeriod(period);
    }

    /** The unit filtered by, the caller's only unit, or the prefecture. */
    private String unit(PolicyFilter filter, Map<UnitCode, String> names) {
        if (filter.units() != null && filter.units().size() == 1) {
            UnitCode only = filter.units().iterator().next();
            return names.getOrDefault(only, only.value());
        }
        if (!read.prefectureWide()) {
            return read.units().stream().map(u -> names.getOrDefault(u.code(), u.code().value()))
                    .collect(Collectors.joining("、"));
        }
        return text("ptx.prefecture");
    }

    private String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null) {
            return text("ptx.period.until", day(to));
        }
        if (to == null) {
            return text("ptx.period.since", day(from));
        }
        return text("ptx.period.between", day(from), day(to));
    }

    private static String day(LocalDate day) {
        return UiFormats.english() ? day.toString()
                : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** The lines page by page, then the total line. */
    private final class Lines implements Iterator<List<ExportCell>> {

        private final Iterator<List<ExportCell>> lines;
        private final Map<PolicyKind, Long> byKind = new EnumMap<>(PolicyKind.class);
        private long count;
        private long copied;
        private boolean totalGiven;

        Lines(PolicyFilter filter, Map<UnitCode, String> names) {
            Set<UnitCode> only = filter.units();
            this.lines = new PagedRows<PolicyEntry>(page -> read.compile(new PolicyFilter(only, filter.kind(),
                    filter.issuedFrom(), filter.issuedTo(), page, PolicyFilter.MAX_SIZE)).entries(),
                    PolicyFilter.MAX_SIZE, entry -> line(entry, names));
        }

        private List<ExportCell> line(PolicyEntry entry, Map<UnitCode, String> names) {
            PolicyEntry.Details d = entry.details();
            count++;
            byKind.merge(d.kind(), 1L, Long::sum);
            if (d.copiedToOffice()) {
                copied++;
            }
            List<ExportCell> row = new ArrayList<>();
            row.add(ExportCell.count(count));
            row.add(ExportCell.text(names.getOrDefault(entry.unit(), entry.unit().value())));
            row.add(ExportCell.text(d.title()));
            row.add(ExportCell.text(d.documentNumber()));
            row.add(ExportCell.day(d.issuedOn()));
            for (PolicyKind kind : PolicyKind.values()) {
                row.add(kind == d.kind() ? ExportCell.count(1) : ExportCell.empty());
            }
            row.add(ExportCell.text(text(d.copiedToOffice() ? "ptx.yes" : "ptx.no")));
            return row;
        }

        @Override
        public boolean hasNext() {
            return lines.hasNext() || !totalGiven;
        }

        @Override
        public List<ExportCell> next() {
            if (lines.hasNext()) {
                return lines.next();
            }
            if (totalGiven) {
                throw new NoSuchElementException();
            }
            totalGiven = true;
            List<ExportCell> total = new ArrayList<>();
            total.add(ExportCell.empty());
            total.add(ExportCell.text(text("ptx.total")));
            total.add(ExportCell.text(text("ptx.total-count", count)));
            total.add(ExportCell.empty());
            total.add(ExportCell.empty());
            for (PolicyKind kind : PolicyKind.values()) {
                total.add(ExportCell.count(byKind.getOrDefault(kind, 0L)));
            }
            total.add(ExportCell.text(text("ptx.total-copied", copied)));
            return total;
        }
    }
}
