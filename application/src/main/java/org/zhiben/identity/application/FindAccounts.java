package org.zhiben.identity.application;

import java.util.List;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.UserId;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;

/** Reads the accounts and the registered systems, for their administration. */
public class FindAccounts {

    /** The most accounts one page holds. */
    public static final int MAXIMUM_PAGE_SIZE = 200;

    private final UserAccounts accounts;
    private final ApiClients clients;

    public FindAccounts(UserAccounts accounts, ApiClients clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    /** One page of accounts ordered by username; the page number starts at 0, a page holds 1 to 200 accounts. */
    public List<UserAccount> users(int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "identity.page-invalid", "the page number starts at 0");
        }
        if (size < 1 || size > MAXIMUM_PAGE_SIZE) {
            throw new InvalidValueException("size", "identity.size-invalid", "a page holds 1 to 200 accounts",
                    MAXIMUM_PAGE_SIZE);
        }
        return accounts.findAll(page, size);
    }

    public long userCount() {
        return accounts.count();
    }

    public UserAccount user(UserId id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(IdentityAudit.USER, id));
    }

    public List<ApiClient> apiClients() {
        return clients.findAll();
    }
}
