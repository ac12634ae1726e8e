package org.zhiben.identity.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.zhiben.identity.PasswordGenerator;

/** Hands out the given passwords in turn. */
class ScriptedPasswordGenerator implements PasswordGenerator {

    private final Deque<String> passwords;

    ScriptedPasswordGenerator(String... passwords) {
        this.passwords = new ArrayDeque<>(List.of(passwords));
    }

    @Override
    public String generate() {
        return passwords.removeFirst();
    }
}
