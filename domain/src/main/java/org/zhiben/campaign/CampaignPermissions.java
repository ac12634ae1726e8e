package org.zhiben.campaign;

import org.zhiben.shared.Permission;

/** The permissions the campaign module declares. */
public final class CampaignPermissions {

    /** Read the phases, key tasks and the progress ledger. */
    public static final Permission READ = Permission.reading("campaign:read").grantableToApiClients();

    /** Record progress on a key task. */
    public static final Permission PROGRESS_WRITE = Permission.changing("campaign:progress:write");

    private CampaignPermissions() {
    }
}
