package org.communitypartners.kernel.api;

import java.time.LocalDate;

/** What the kernel hands each module's {@link DemoHistory}: the demo tree and the accounts. */
public interface DemoSeed {

    /** The day the demo is loaded (China time); history runs back from it. */
    LocalDate today();

    /** The id of a demo organisation unit by its division code (统计用区划代码). */
    long unitId(String code);

    /** Binds a demo partner-staff account to its partner, as the subdistrict would. */
    void bindPartnerStaff(String username, long partnerId);

    /** Tells the modules loaded later an id this module created, e.g. {@code partner:广陵物业服务有限公司}. */
    void share(String key, long id);

    /** An id an earlier module shared. */
    long shared(String key);
}
