package org.zhiben.hazards.application;

import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;

/** The caller of the use cases under test: an actor and a data scope the test sets. */
final class SettableCurrentActors implements CurrentActors {

    private Actor actor;
    private DataScope scope;

    SettableCurrentActors(Actor actor, DataScope scope) {
        this.actor = actor;
        this.scope = scope;
    }

    void set(Actor actor, DataScope scope) {
        this.actor = actor;
        this.scope = scope;
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
