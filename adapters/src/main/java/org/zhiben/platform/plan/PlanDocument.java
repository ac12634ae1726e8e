package org.zhiben.platform.plan;

import java.util.zip.CRC32;

/** One reference-data file of the plan: its bytes (for the migration checksum) and its parsed content. */
public record PlanDocument(String name, byte[] content, YamlNode root) {

    /** Checksum of the file: the repeatable migration that loads it runs again whenever the file changes. */
    public int checksum() {
        CRC32 crc = new CRC32();
        crc.update(content);
        return (int) crc.getValue();
    }
}
