package org.zhiben.enterprises.storage;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.Enterprises;

/** The register of enterprises as the module's own use cases change it (write port, internal to the module). */
public interface EnterpriseStore extends Enterprises {

    /**
     * Stores a new or changed enterprise and returns it as stored, carrying the version the store assigned
     * (a new enterprise is stored at version 0; every later save adds one).
     */
    Enterprise save(Enterprise enterprise);
}
