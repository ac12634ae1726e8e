package org.zhiben.testing;

import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;

/** The caller of a use case under test: an actor and a data scope the test sets (the whole prefecture at first). */
public final class FakeCurrentActors implements CurrentActors {

    private Actor actor = new Actor("test-admin", "COMMITTEE_ADMIN", "ACO");
    private DataScope scope = DataScope.wholePrefecture();

    public FakeCurrentActors actingAs(Actor actor, DataScope scope) {
        this.actor = actor;
        this.scope = scope;
        return this;
    }

    public FakeCurrentActors withScope(DataScope scope) {
        this.scope = scope;
        return this;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public DataScope scope() {
        return scope;
    }
}
