package org.zhiben.organization;

/** The prefecture of the loaded plan (read-only reference data). */
@FunctionalInterface
public interface Prefectures {

    /** The prefecture whose plan the installation runs. */
    Prefecture current();
}
