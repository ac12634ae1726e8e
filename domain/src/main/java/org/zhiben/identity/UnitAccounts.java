package org.zhiben.identity;

import java.util.List;
import org.zhiben.shared.Permission;
import org.zhiben.shared.UnitCode;

/**
 * The enabled accounts of a unit whose roles grant a permission, as other modules may read them (read-only query
 * port): e.g. the inspectors of an inspecting unit a person picks from, shown by their display names.
 */
public interface UnitAccounts {

    /** An account as others see it: the name it signs in with and the name it is shown by. */
    record Account(String username, String displayName) {
    }

    /** The enabled accounts of the unit (no enterprise's account) holding the permission, ordered by display name. */
    List<Account> holding(UnitCode unit, Permission permission);
}
