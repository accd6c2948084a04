package org.communitypartners.massorg.volunteering.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a certificate of volunteer hours says: who, for which organisation, each verified shift, the total. */
public record Certificate(String volunteerName, String organisationName, List<Line> lines, BigDecimal totalHours,
                          LocalDate issuedOn, String serial) {

    /** One verified shift: the day (Asia/Shanghai), where, what, hours. */
    public record Line(LocalDate day, String place, String task, BigDecimal hours) {
    }
}
