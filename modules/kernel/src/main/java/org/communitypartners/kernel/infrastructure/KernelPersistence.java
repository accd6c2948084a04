package org.communitypartners.kernel.infrastructure;

/** Names shared by the kernel's persistence unit and the application's datasource. */
public final class KernelPersistence {
    /** Defined by the WAR's {@code @DataSourceDefinition}; every module's persistence unit uses it. */
    public static final String DATASOURCE = "java:app/jdbc/communityPartners";
    public static final String UNIT = "kernel";

    private KernelPersistence() {
    }
}
