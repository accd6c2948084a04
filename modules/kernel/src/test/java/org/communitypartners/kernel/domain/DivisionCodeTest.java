package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {
    // The demo tree: 天长市 > 广陵街道 > 永福社区 > 金园华庭.
    private static final DivisionCode TIANCHANG = new DivisionCode("341181000000");
    private static final DivisionCode GUANGLING = new DivisionCode("341181001000");
    private static final DivisionCode YONGFU = new DivisionCode("341181001001");

    @Test
    void demoCodesAreValidAtTheirLevels() {
        assertEquals("341181000000", DivisionCode.forNode("341181000000", OrgLevel.CITY, null).value());
        assertEquals("341181001000", DivisionCode.forNode("341181001000", OrgLevel.SUBDISTRICT, TIANCHANG).value());
        assertEquals("341181001001", DivisionCode.forNode("341181001001", OrgLevel.COMMUNITY, GUANGLING).value());
        assertEquals("341181001001001", DivisionCode.forNode("341181001001001", OrgLevel.COMPOUND, YONGFU).value());
    }

    @Test
    void surroundingWhitespaceIsTrimmedAway() {
        assertEquals("341181001000", DivisionCode.forNode(" 341181001000\t", OrgLevel.SUBDISTRICT, TIANCHANG).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingCodeIsRequired(String value) {
        assertViolation("code.required", () -> DivisionCode.forNode(value, OrgLevel.CITY, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void constructorAlsoRequiresACode(String value) {
        assertViolation("code.required", () -> new DivisionCode(value));
    }

    // '/' and ':' sit just outside '0'..'9' in ASCII.
    @ParameterizedTest
    @ValueSource(strings = {"34118100000A", "3411810000o0", "34118100000/", "34118100000:", "341181 00000",
            "-34118100000", "34118100000.", "３41181000000", "三41181000000"})
    void codeHasAsciiDigitsOnly(String value) {
        RuleViolation violation = assertViolation("code.digits",
                () -> DivisionCode.forNode(value, OrgLevel.CITY, null));
        assertArrayEquals(new Object[] {value}, violation.arguments());
    }

    @ParameterizedTest
    @CsvSource({
            "CITY,        34118100000",
            "CITY,        3411810000000",
            "SUBDISTRICT, 34118100100",
            "SUBDISTRICT, 3411810010000",
            "COMMUNITY,   34118100100",
            "COMMUNITY,   3411810010011",
            "COMMUNITY,   341181001001001",
            "COMPOUND,    341181001001",
            "COMPOUND,    34118100100100",
            "COMPOUND,    3411810010010011"})
    void codeOfTheWrongLengthForItsLevelIsRejected(OrgLevel level, String value) {
        RuleViolation violation = assertViolation("code.length",
                () -> DivisionCode.forNode(value, level, parentFor(level)));
        int expected = level == OrgLevel.COMPOUND ? 15 : 12;
        assertArrayEquals(new Object[] {value, expected}, violation.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181001000", "341181000001", "341181100000", "000000000000"})
    void cityCodeEndsInSixZerosAndHasACountyPart(String value) {
        assertViolation("code.city", () -> DivisionCode.forNode(value, OrgLevel.CITY, null));
    }

    @ParameterizedTest
    @EnumSource(value = OrgLevel.class, names = {"SUBDISTRICT", "COMMUNITY", "COMPOUND"})
    void nodeBelowTheCityNeedsAParent(OrgLevel level) {
        String valid = level == OrgLevel.SUBDISTRICT ? "341181001000"
                : level == OrgLevel.COMMUNITY ? "341181001001" : "341181001001001";
        assertViolation("code.parentRequired", () -> DivisionCode.forNode(valid, level, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"341182001000", "441181001000"})
    void subdistrictCodeMustStartWithItsCitysSixDigits(String value) {
        RuleViolation violation = assertViolation("code.prefix",
                () -> DivisionCode.forNode(value, OrgLevel.SUBDISTRICT, TIANCHANG));
        assertArrayEquals(new Object[] {value, "341181"}, violation.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181000000", "341181001001", "341181001100", "341181001010"})
    void subdistrictCodeHasATownPartAndEndsInThreeZeros(String value) {
        assertViolation("code.subdistrict", () -> DivisionCode.forNode(value, OrgLevel.SUBDISTRICT, TIANCHANG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181999000", "341181100000", "341181010000"})
    void subdistrictCodeWithAnyNonZeroTownPartIsAccepted(String value) {
        assertEquals(value, DivisionCode.forNode(value, OrgLevel.SUBDISTRICT, TIANCHANG).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181002001", "341182001001", "341181000001"})
    void communityCodeMustStartWithItsSubdistrictsNineDigits(String value) {
        RuleViolation violation = assertViolation("code.prefix",
                () -> DivisionCode.forNode(value, OrgLevel.COMMUNITY, GUANGLING));
        assertArrayEquals(new Object[] {value, "341181001"}, violation.arguments());
    }

    @Test
    void communityCodeMustNotEndInThreeZeros() {
        assertViolation("code.community", () -> DivisionCode.forNode("341181001000", OrgLevel.COMMUNITY, GUANGLING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181001100", "341181001010", "341181001999"})
    void communityCodeWithAnyNonZeroVillagePartIsAccepted(String value) {
        assertEquals(value, DivisionCode.forNode(value, OrgLevel.COMMUNITY, GUANGLING).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181001002001", "341181002001001", "341182001001001"})
    void compoundCodeMustStartWithItsCommunityCode(String value) {
        RuleViolation violation = assertViolation("code.prefix",
                () -> DivisionCode.forNode(value, OrgLevel.COMPOUND, YONGFU));
        assertArrayEquals(new Object[] {value, "341181001001"}, violation.arguments());
    }

    @Test
    void compoundNumberMustNotBeThreeZeros() {
        assertViolation("code.compound", () -> DivisionCode.forNode("341181001001000", OrgLevel.COMPOUND, YONGFU));
    }

    @ParameterizedTest
    @ValueSource(strings = {"341181001001100", "341181001001010", "341181001001999"})
    void compoundNumberWithAnyNonZeroDigitIsAccepted(String value) {
        assertEquals(value, DivisionCode.forNode(value, OrgLevel.COMPOUND, YONGFU).value());
    }

    @Test
    void violationIsWordedInTheKernelBundle() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new DivisionCode(""));
        assertEquals(KernelBundle.NAME, violation.bundle());
    }

    @Test
    void codePrintsAsItsDigits() {
        assertEquals("341181001001001", new DivisionCode("341181001001001").toString());
    }

    private static DivisionCode parentFor(OrgLevel level) {
        return switch (level) {
            case CITY -> null;
            case SUBDISTRICT -> TIANCHANG;
            case COMMUNITY -> GUANGLING;
            case COMPOUND -> YONGFU;
        };
    }

    private static RuleViolation assertViolation(String messageKey, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertEquals(messageKey, violation.messageKey());
        return violation;
    }

    @Test
    void childrenShareSixNineOrTwelveLeadingDigitsWithTheirParent() {
        assertEquals(6, DivisionCode.childPrefixLength(OrgLevel.CITY));
        assertEquals(9, DivisionCode.childPrefixLength(OrgLevel.SUBDISTRICT));
        assertEquals(12, DivisionCode.childPrefixLength(OrgLevel.COMMUNITY));
    }

    @Test
    void parentCodeTooShortForThePrefixIsRefusedAsAMissingParent() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> DivisionCode.forNode("341181001001", OrgLevel.COMMUNITY, new DivisionCode("3411")));
        assertEquals("code.parentRequired", violation.messageKey());
    }
}
