package org.zhiben.identity;

import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;

/**
 * Who is calling, for the adapters of every module: the {@link Actor} to record with a change, and the
 * {@link DataScope} the caller (a signed-in user or a registered API client) may see and act on.
 *
 * <p>How a module enforces the data scope, in its adapters:
 * <ul>
 * <li><b>Queries filter by the scope.</b> Pass {@code scope()} down to the repository: no filter when
 *     {@link DataScope#prefectureWide()}; otherwise keep the rows whose jurisdiction is in
 *     {@link DataScope#jurisdictions()} OR whose industry is in {@link DataScope#industries()} OR whose enterprise is in
 *     {@link DataScope#enterpriseIds()}. An empty scope finds nothing.</li>
 * <li><b>Reads of one matter that is out of scope answer 404</b> ({@code NotFoundException}), exactly as if it did not
 *     exist: whether something exists outside one's scope is itself not disclosed.</li>
 * <li><b>Commands check the scope</b> of the matter they change with {@link DataScope#permits} before changing it
 *     (again 404 when out of scope), and record {@code actor()} in the audit trail in the same transaction.</li>
 * </ul>
 * Which <em>operations</em> a caller may perform (its permissions) is decided before the call reaches a module, by
 * the one list of API access rules of the identity module; modules only add the data scope.
 */
public interface CurrentActors {

    /** The caller as recorded with a change: account name (or client id), role and unit. */
    Actor actor();

    /** The data the caller may see and act on. */
    DataScope scope();
}
