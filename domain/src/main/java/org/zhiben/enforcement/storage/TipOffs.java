package org.zhiben.enforcement.storage;

import java.util.List;
import java.util.Optional;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.shared.DataScope;

/** Where tip-offs are kept (write port, internal to enforcement); the adapter keeps the reporter encrypted. */
public interface TipOffs {

    /** Stores with optimistic locking, as {@link Inspections#save}. */
    long save(TipOff tipOff);

    Optional<TipOff> findById(TipOffId id);

    /** The tip-offs inside {@code scope}, newest first. */
    List<TipOff> search(DataScope scope);

    /** The tip-offs marked as duplicates of {@code first}. */
    List<TipOff> findDuplicatesOf(TipOffId first);
}
