package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgUnitTest {
    private OrgUnit tianchang;
    private OrgUnit guangling;
    private OrgUnit qianqiu;
    private OrgUnit yongfu;
    private OrgUnit jinyuan;

    @BeforeEach
    void buildDemoTree() {
        tianchang = stored(OrgUnit.city("341181000000", "天长市"), 1, null);
        guangling = stored(tianchang.newChild("341181001000", "广陵街道"), 4, tianchang);
        qianqiu = stored(tianchang.newChild("341181002000", "千秋街道"), 5, tianchang);
        yongfu = stored(guangling.newChild("341181001001", "永福社区"), 9, guangling);
        jinyuan = stored(yongfu.newChild("341181001001001", "金园华庭"), 17, yongfu);
    }

    @Test
    void newCityIsAnActiveRootNotYetPlacedInTheTree() {
        OrgUnit city = OrgUnit.city("341181000000", "天长市");
        assertEquals("341181000000", city.getCode());
        assertEquals("天长市", city.getName());
        assertEquals(OrgLevel.CITY, city.getLevel());
        assertNull(city.getParentId());
        assertEquals("/", city.getPath());
        assertTrue(city.isActive());
    }

    @Test
    void cityNeedsACityCode() {
        assertViolation("code.city", () -> OrgUnit.city("341181001000", "广陵街道"));
    }

    @Test
    void eachChildTakesTheLevelBelowItsParent() {
        assertEquals(OrgLevel.SUBDISTRICT, guangling.getLevel());
        assertEquals(OrgLevel.COMMUNITY, yongfu.getLevel());
        assertEquals(OrgLevel.COMPOUND, jinyuan.getLevel());
    }

    @Test
    void childRemembersItsParent() {
        assertEquals(1L, guangling.getParentId());
        assertEquals(4L, yongfu.getParentId());
        assertEquals(9L, jinyuan.getParentId());
    }

    @Test
    void placedNodeExtendsItsParentsPathByItsOwnId() {
        assertEquals("/1/", tianchang.getPath());
        assertEquals("/1/4/", guangling.getPath());
        assertEquals("/1/4/9/17/", jinyuan.getPath());
    }

    @Test
    void compoundCannotHaveChildren() {
        assertViolation("org.noChildren", () -> jinyuan.newChild("341181001001001001", "一号楼"));
    }

    @Test
    void childCodeMustCarryItsParentsPrefix() {
        assertViolation("code.prefix", () -> guangling.newChild("341181002001", "新社区"));
    }

    @Test
    void childCodeIsCheckedForTheChildsLevel() {
        assertViolation("code.subdistrict", () -> tianchang.newChild("341181001001", "永福社区"));
        assertViolation("code.length", () -> yongfu.newChild("341181001002", "邻社区"));
    }

    @Test
    void deactivatedNodeTakesNoChildrenUntilReactivated() {
        guangling.deactivate();
        assertViolation("org.parentInactive", () -> guangling.newChild("341181001002", "新社区"));

        guangling.reactivate();
        assertEquals("341181001002", guangling.newChild("341181001002", "新社区").getCode());
    }

    @Test
    void nameIsStrippedOfSurroundingWhitespace() {
        yongfu.rename("  永福新社区\t");
        assertEquals("永福新社区", yongfu.getName());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void nameIsRequired(String name) {
        assertViolation("org.nameRequired", () -> yongfu.rename(name));
        assertEquals("永福社区", yongfu.getName());
    }

    @Test
    void nameOf100CharactersIsAcceptedAnd101AreNot() {
        String max = "社".repeat(OrgUnit.NAME_LENGTH);
        yongfu.rename("  " + max + "  ");
        assertEquals(max, yongfu.getName());

        assertViolation("org.nameLength", () -> yongfu.rename(max + "区"));
        assertEquals(max, yongfu.getName());
    }

    @Test
    void newNodeNeedsAName() {
        assertViolation("org.nameRequired", () -> guangling.newChild("341181001002", " "));
    }

    @Test
    void locationIsSetAsAPairAndCanBeCleared() {
        yongfu.locate(new BigDecimal("32.689000"), new BigDecimal("119.000500"));
        assertEquals(new BigDecimal("32.689000"), yongfu.view().latitude());
        assertEquals(new BigDecimal("119.000500"), yongfu.view().longitude());

        yongfu.locate(null, null);
        assertNull(yongfu.view().latitude());
        assertNull(yongfu.view().longitude());
    }

    @Test
    void halfALocationIsRejectedAndTheOldOneKept() {
        yongfu.locate(new BigDecimal("32.689"), new BigDecimal("119.0005"));
        assertViolation("org.coordinatesPair", () -> yongfu.locate(new BigDecimal("32.7"), null));
        assertViolation("org.coordinatesPair", () -> yongfu.locate(null, new BigDecimal("119.1")));
        assertEquals(new BigDecimal("32.689"), yongfu.view().latitude());
        assertEquals(new BigDecimal("119.0005"), yongfu.view().longitude());
    }

    @ParameterizedTest
    @CsvSource({"90, 180", "-90, -180", "0, 0", "90.000000, -180.000000"})
    void locationOnTheEdgeOfTheRangeIsAccepted(BigDecimal latitude, BigDecimal longitude) {
        yongfu.locate(latitude, longitude);
        assertEquals(latitude, yongfu.view().latitude());
        assertEquals(longitude, yongfu.view().longitude());
    }

    @ParameterizedTest
    @CsvSource({"90.000001, 0", "-90.000001, 0", "0, 180.000001", "0, -180.000001", "119.0, 32.6"})
    void locationOutOfRangeIsRejected(BigDecimal latitude, BigDecimal longitude) {
        assertViolation("org.coordinatesRange", () -> yongfu.locate(latitude, longitude));
        assertNull(yongfu.view().latitude());
    }

    @Test
    void communityMovesUnderAnotherSubdistrictWithACodeCarryingItsPrefix() {
        yongfu.moveUnder(qianqiu, "341181002007");
        assertEquals("341181002007", yongfu.getCode());
        assertEquals(5L, yongfu.getParentId());
    }

    @Test
    void compoundMovesUnderAnotherCommunity() {
        OrgUnit neighbour = stored(guangling.newChild("341181001002", "邻社区"), 10, guangling);
        jinyuan.moveUnder(neighbour, "341181001002001");
        assertEquals("341181001002001", jinyuan.getCode());
        assertEquals(10L, jinyuan.getParentId());
    }

    @Test
    void movedNodeKeepingItsOldPrefixIsRejectedAndStaysPut() {
        assertViolation("code.prefix", () -> yongfu.moveUnder(qianqiu, "341181001001"));
        assertEquals("341181001001", yongfu.getCode());
        assertEquals(4L, yongfu.getParentId());
    }

    @Test
    void movedNodeCodeIsCheckedForItsLevel() {
        assertViolation("code.community", () -> yongfu.moveUnder(qianqiu, "341181002000"));
    }

    @Test
    void nodeMovesOnlyUnderTheLevelDirectlyAbove() {
        OrgUnit neighbour = stored(guangling.newChild("341181001002", "邻社区"), 10, guangling);
        assertViolation("org.moveLevel", () -> yongfu.moveUnder(tianchang, "341181001005"));
        assertViolation("org.moveLevel", () -> yongfu.moveUnder(neighbour, "341181001005"));
        assertViolation("org.moveLevel", () -> yongfu.moveUnder(jinyuan, "341181001005"));
        assertEquals(4L, yongfu.getParentId());
    }

    @Test
    void cityCannotMove() {
        assertViolation("org.moveLevel", () -> tianchang.moveUnder(jinyuan, "341182000000"));
    }

    @Test
    void nodeCannotMoveUnderADeactivatedParent() {
        qianqiu.deactivate();
        assertViolation("org.parentInactive", () -> yongfu.moveUnder(qianqiu, "341181002007"));
        assertEquals("341181001001", yongfu.getCode());
    }

    @Test
    void viewShowsTheNodesState() {
        yongfu.locate(BigDecimal.ONE, BigDecimal.TEN);
        yongfu.deactivate();
        OrgUnitView view = yongfu.view();
        assertEquals(new OrgUnitView(9L, "341181001001", "永福社区", OrgLevel.COMMUNITY, 4L, "/1/4/9/",
                BigDecimal.ONE, BigDecimal.TEN, false, 0L), view);
    }

    @Test
    void divisionCodeIsTheNodesCode() {
        assertEquals(new DivisionCode("341181001001001"), jinyuan.divisionCode());
    }

    /** Stands in for the database, which assigns the id on insert; then the path can be placed. */
    private static OrgUnit stored(OrgUnit unit, long id, OrgUnit parent) {
        try {
            Field field = OrgUnit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set the id of OrgUnit", e);
        }
        unit.placeInTree(parent);
        return unit;
    }

    private static void assertViolation(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(RuleViolation.class, action).messageKey());
    }
}
