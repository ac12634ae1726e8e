/**
 * The campaign module's write port for the ledger's progress entries: internal to the module, implemented in
 * {@code org.zhiben.campaign.persistence}.
 */
package org.zhiben.campaign.storage;
