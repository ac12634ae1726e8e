/**
 * The enterprises module's write port, {@link org.zhiben.enterprises.storage.EnterpriseStore}: internal to the
 * module, implemented in {@code org.zhiben.enterprises.persistence}. Other modules read through
 * {@link org.zhiben.enterprises.Enterprises}.
 */
package org.zhiben.enterprises.storage;
