package org.communitypartners.kernel.api;

/**
 * A module's share of the Guangling demo: its partners, records and two years of history, so a
 * first run shows living lists and dashboards. Loaded once, into the empty demo database, after
 * the kernel's organisation tree and accounts, in {@link #order()}; each module in its own
 * transaction, without a signed-in caller (write through repositories, not secured services).
 */
public interface DemoHistory {

    /** Partners (10) first: the partner kinds (20 and up) build on its partners. */
    int order();

    void load(DemoSeed seed);
}
