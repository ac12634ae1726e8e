/**
 * The identity module's write ports for user accounts and API clients: internal to the module, implemented in
 * {@code org.zhiben.identity.persistence}.
 */
package org.zhiben.identity.storage;
