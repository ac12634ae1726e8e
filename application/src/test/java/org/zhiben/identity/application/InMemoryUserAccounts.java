package org.zhiben.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhiben.identity.FailedLogin;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.shared.DomainEvent;

class InMemoryUserAccounts implements UserAccounts {

    final Map<UserId, UserAccount> accounts = new LinkedHashMap<>();
    final List<DomainEvent> published = new ArrayList<>();
    int saves;

    @Override
    public void save(UserAccount account) {
        saves++;
        accounts.put(account.id(), account);
        published.addAll(account.pullEvents());
    }

    @Override
    public Optional<UserAccount> findById(UserId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized FailedLogin recordFailedLogin(UserId id, Instant at) {
        return accounts.get(id).recordFailedLogin(at);
    }

    @Override
    public synchronized boolean recordSuccessfulLogin(UserId id, Instant at) {
        UserAccount account = accounts.get(id);
        if (account.isLocked(at)) {
            return false;
        }
        account.recordSuccessfulLogin(at);
        return true;
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return accounts.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public List<UserAccount> findAll(int page, int size) {
        return accounts.values().stream().sorted(Comparator.comparing(UserAccount::username))
                .skip((long) page * size).limit(size).toList();
    }

    @Override
    public boolean existsByUsername(Username username) {
        return findByUsername(username).isPresent();
    }

    @Override
    public long count() {
        return accounts.size();
    }
}
