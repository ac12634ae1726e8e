package org.zhiben.organization;

import java.util.List;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/** A unit responsible for a matter (责任单位) with every principle that makes it so, in the order they applied. */
public record ResponsibleUnit(UnitCode unit, List<Principle> principles) {

    public ResponsibleUnit {
        Require.notNull(unit, "unit");
        principles = List.copyOf(Require.notEmpty(principles, "principles"));
    }

    public boolean by(Principle principle) {
        return principles.contains(principle);
    }
}
