package org.communitypartners.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PartnerTest {
    private static final PhoneNumber PHONE = new PhoneNumber("13812341234");
    private static final Instant NEW_YEAR_UTC = Instant.parse("2025-12-31T17:00:00Z");

    @ParameterizedTest
    @EnumSource(value = PartnerKind.class, names = {"PROPERTY_COMPANY", "MERCHANT"})
    void companiesMustGiveTheirCreditCode(PartnerKind kind) {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> new Partner(kind, "某公司", null, "张三", PHONE, 3L, Set.of(3L), NEW_YEAR_UTC));
        assertEquals("partner.creditCodeRequired", violation.messageKey());
    }

    @ParameterizedTest
    @EnumSource(value = PartnerKind.class, names = {"MASS_ORGANIZATION", "RESIDENT_UNIT", "PARTY_ORGANIZATION"})
    void organisationsMayRegisterWithoutOne(PartnerKind kind) {
        Partner partner = new Partner(kind, "妇联", null, "李四", PHONE, 3L, Set.of(3L), NEW_YEAR_UTC);
        assertEquals(PartnerStatus.APPLIED, partner.getStatus());
    }

    @Test
    void aPartnerServesAtLeastOneCommunity() {
        assertEquals("partner.communitiesRequired", assertThrows(RuleViolation.class, () -> new Partner(
                PartnerKind.MASS_ORGANIZATION, "妇联", null, "李四", PHONE, 3L, Set.of(), NEW_YEAR_UTC)).messageKey());
    }

    @Test
    void codeCarriesTheYearOfApplicationInChinaTime() throws ReflectiveOperationException {
        Partner partner = new Partner(PartnerKind.MASS_ORGANIZATION, "银龄艺术团", null, "王老师", PHONE, 3L, Set.of(3L),
                NEW_YEAR_UTC);
        Field id = Partner.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(partner, 12L);
        partner.number(ZoneId.of("Asia/Shanghai"));
        assertEquals("P-2026-000012", partner.getCode(), "17:00 UTC on 31 December is already 2026 in Beijing");
    }

    @Test
    void stepsMoveTheStatusAndReportWhereItWas() {
        Partner partner = new Partner(PartnerKind.MASS_ORGANIZATION, "妇联", null, "李四", PHONE, 3L, Set.of(3L),
                NEW_YEAR_UTC);
        PartnerStatus before = partner.take(PartnerLifecycle.APPROVE, Set.of(Roles.COMMUNITY_STAFF), "材料齐全");
        assertEquals(PartnerStatus.APPLIED, before);
        assertEquals(PartnerStatus.APPROVED, partner.getStatus());
    }
}
