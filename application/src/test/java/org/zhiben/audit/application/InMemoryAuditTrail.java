package org.zhiben.audit.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhiben.audit.AuditChain;
import org.zhiben.audit.AuditCriteria;
import org.zhiben.audit.AuditDraft;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditPage;
import org.zhiben.audit.AuditTrail;

/** The trail in a list; appends are serialised by synchronising on it. Tests may tamper with {@link #rows}. */
class InMemoryAuditTrail implements AuditTrail {

    final List<AuditEntry> rows = new ArrayList<>();
    int openStreams;

    @Override
    public synchronized void append(AuditDraft draft) {
        rows.add(AuditChain.append(lastEntry().orElse(null), draft));
    }

    @Override
    public synchronized Optional<AuditEntry> lastEntry() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    @Override
    public Stream<AuditEntry> entriesFrom(long sequence) {
        openStreams++;
        return List.copyOf(rows).stream().filter(e -> e.sequence() >= sequence).onClose(() -> openStreams--);
    }

    @Override
    public AuditPage search(AuditCriteria criteria, int page, int size) {
        List<AuditEntry> matching = rows.stream().filter(criteria::matches)
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).toList();
        return new AuditPage(matching.stream().skip((long) page * size).limit(size).toList(), matching.size(), page,
                size);
    }
}
