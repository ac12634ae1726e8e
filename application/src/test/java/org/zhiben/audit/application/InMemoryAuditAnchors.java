package org.zhiben.audit.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.audit.AuditAnchors;
import org.zhiben.audit.ChainAnchor;

class InMemoryAuditAnchors implements AuditAnchors {

    final List<ChainAnchor> anchors = new ArrayList<>();

    @Override
    public void save(ChainAnchor anchor) {
        anchors.add(anchor);
    }

    @Override
    public List<ChainAnchor> all() {
        return anchors.stream().sorted(Comparator.comparingLong(ChainAnchor::sequence)).toList();
    }

    @Override
    public Optional<ChainAnchor> latest() {
        return anchors.stream().max(Comparator.comparingLong(ChainAnchor::sequence));
    }
}
