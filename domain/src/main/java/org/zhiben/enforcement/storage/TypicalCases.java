package org.zhiben.enforcement.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.enforcement.TypicalCase;

/** Where published typical cases are kept (write port, internal to enforcement). */
public interface TypicalCases {

    /** Stores a new typical case; a source is published once. */
    void add(TypicalCase typicalCase);

    /** The typical case published from this tip-off or case, if any. */
    Optional<TypicalCase> findBySource(UUID sourceId);

    /** Newest first, {@code size} from {@code offset}. */
    List<TypicalCase> published(int offset, int size);

    int count();
}
