package org.zhiben.enterprises.storage;

import java.util.List;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.Enterprises;

/** The register of enterprises as the module's own use cases change it (write port, internal to the module). */
public interface EnterpriseStore extends Enterprises {

    /**
     * Stores a new or changed enterprise and returns it as stored, carrying the version the store assigned
     * (a new enterprise is stored at version 0; every later save adds one).
     */
    Enterprise save(Enterprise enterprise);

    /**
     * Stores new enterprises and changed stored ones in bulk, as {@link #save} stores each of them: a new one at
     * version 0, a changed one at its version plus one; a changed one whose version is no longer the stored one is
     * refused ({@link org.zhiben.shared.StaleVersionException}). An adapter may write them with fewer round trips
     * than one save each; the enterprises are not returned.
     */
    default void saveAll(List<Enterprise> created, List<Enterprise> changed) {
        created.forEach(this::save);
        changed.forEach(this::save);
    }
}
