package org.communitypartners.property.registerimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.communitypartners.property.registerimport.domain.RegisterImportCheck.Outcome;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot.KnownBuilding;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot.KnownUnit;
import org.junit.jupiter.api.Test;

class RegisterImportCheckTest {
    private static final String ID = "341181199001011232";
    private static final String ID_2 = "320102198511030420";
    private static final Function<String, String> HASH = id -> "hash:" + id;

    private static SheetRow row(int number, String... cells) {
        return new SheetRow(number, cells);
    }

    private static SheetRow owner(int number, String unit, String area, String name, String id, String share) {
        return row(number, "1", "1 号楼", "6", unit, area, name, id, null, share);
    }

    private static Outcome check(SheetRow... rows) {
        return RegisterImportCheck.check(List.of(rows), RegisterSnapshot.EMPTY, HASH);
    }

    private static void assertProblem(Outcome outcome, int row, RegisterColumn column, String key) {
        assertTrue(outcome.problems().stream().anyMatch(p -> p.row() == row && p.column() == column
                && p.key().equals(key)), () -> "expected " + key + " at row " + row + " column " + column.letter()
                + " in " + outcome.problems());
    }

    @Test
    void aValidFilePlansBuildingsUnitsAndOwners() {
        Outcome outcome = check(owner(2, "101", "89.5", "张三", ID, "50"), owner(3, "101", "89.50", "李四", ID_2, "50"),
                owner(4, "102", "120.25", "王五", ID_2, "100"), row(5, "2", null, "11", "1101", "99"));
        assertTrue(outcome.valid(), outcome.problems()::toString);
        assertEquals(4, outcome.rows());
        assertEquals(2, outcome.plan().buildings().size());
        assertEquals(3, outcome.plan().units().size());
        assertEquals(3, outcome.plan().owners().size());
        assertEquals(new BigDecimal("89.50"), outcome.plan().units().get(0).area().squareMetres());
    }

    @Test
    void everyKindOfBadCellIsReportedWithItsRowAndColumn() {
        Outcome outcome = check(
                row(2, null, null, null, null, null),
                row(2, "", "", "", "", "", "", "", "", ""),
                row(3, "1", null, "six", "101", "abc"),
                row(4, "1", null, "6", "102", "89.505"),
                row(5, "1", null, "6", "103", "-3"),
                row(6, "1", null, "6", "104", "70", "张三", "341181199001011233", "139", "100"),
                row(7, "1", null, "6", "105", "70", "张三", "34118119901301123X", null, "100.5"),
                row(8, "1", null, "6", "106", "70", null, "12345", null, "1.234"),
                row(9, "1", null, "201", "107", "70", "张三", ID, null, null),
                row(10, "X".repeat(21), null, "6", "108", "70"));
        assertFalse(outcome.valid());
        assertNull(outcome.plan(), "nothing is planned while any cell is bad");
        assertProblem(outcome, 3, RegisterColumn.FLOORS, "import.notANumber");
        assertProblem(outcome, 3, RegisterColumn.AREA, "import.notANumber");
        assertProblem(outcome, 4, RegisterColumn.AREA, "area.decimals");
        assertProblem(outcome, 5, RegisterColumn.AREA, "area.positive");
        assertProblem(outcome, 6, RegisterColumn.ID_NUMBER, "idNumber.checkCharacter");
        assertProblem(outcome, 6, RegisterColumn.PHONE, "phone.invalid");
        assertProblem(outcome, 7, RegisterColumn.ID_NUMBER, "idNumber.birthDate");
        assertProblem(outcome, 7, RegisterColumn.SHARE, "owner.share");
        assertProblem(outcome, 8, RegisterColumn.OWNER_NAME, "import.required");
        assertProblem(outcome, 8, RegisterColumn.ID_NUMBER, "idNumber.shape");
        assertProblem(outcome, 8, RegisterColumn.SHARE, "owner.share");
        assertProblem(outcome, 9, RegisterColumn.FLOORS, "building.floors");
        assertProblem(outcome, 9, RegisterColumn.SHARE, "import.required");
        assertProblem(outcome, 10, RegisterColumn.BUILDING_NUMBER, "building.number");
        assertEquals(8, outcome.rows(), "blank rows are skipped, not counted");
        List<Integer> rows = outcome.problems().stream().map(ImportProblem::row).toList();
        List<Integer> sorted = new ArrayList<>(rows);
        sorted.sort(Integer::compare);
        assertEquals(sorted, rows, "the report reads top to bottom");
    }

    @Test
    void aMissingRequiredCellIsNamed() {
        Outcome outcome = check(row(2, null, null, null, null, null, "张三"));
        assertProblem(outcome, 2, RegisterColumn.BUILDING_NUMBER, "import.required");
        assertProblem(outcome, 2, RegisterColumn.FLOORS, "import.required");
        assertProblem(outcome, 2, RegisterColumn.UNIT_NUMBER, "import.required");
        assertProblem(outcome, 2, RegisterColumn.AREA, "import.required");
        assertProblem(outcome, 2, RegisterColumn.ID_NUMBER, "import.required");
        assertProblem(outcome, 2, RegisterColumn.SHARE, "import.required");
    }

    @Test
    void oneBadRowRefusesTheWholeFile() {
        Outcome outcome = check(owner(2, "101", "89.5", "张三", ID, "100"), owner(3, "102", "70.001", "李四", ID_2,
                "100"), owner(4, "103", "80", "王五", ID_2, "100"));
        assertEquals(1, outcome.problems().size());
        assertNull(outcome.plan());
    }

    @Test
    void duplicatesWithinTheFileAreReportedAgainstTheirFirstRow() {
        Outcome outcome = check(owner(2, "101", "89.5", "张三", ID, "50"),
                owner(3, "101", "89.5", "张三", ID, "50"),
                owner(4, "101", "90", "李四", ID_2, "50"),
                row(5, "1", "1 号楼", "6", "102", "70"),
                row(6, "1", "1 号楼", "6", "102", "70"),
                row(7, "1", "1 号楼", "7", "103", "70"),
                row(8, "1", "一号楼", "6", "104", "70"));
        assertProblem(outcome, 3, RegisterColumn.ID_NUMBER, "import.duplicateOwner");
        assertEquals(List.of("1-101", "2"), outcome.problems().stream().filter(p -> p.row() == 3).findFirst()
                .orElseThrow().arguments());
        assertProblem(outcome, 4, RegisterColumn.AREA, "import.areaDiffers");
        assertProblem(outcome, 6, RegisterColumn.UNIT_NUMBER, "import.duplicateUnit");
        assertProblem(outcome, 7, RegisterColumn.FLOORS, "import.buildingDiffers");
        assertProblem(outcome, 8, RegisterColumn.BUILDING_NAME, "import.buildingDiffers");
    }

    @Test
    void sharesOfAUnitOverOneHundredPercentAreReportedWhereTheyPassIt() {
        Outcome exactly = check(owner(2, "101", "89.5", "张三", ID, "60"), owner(3, "101", "89.5", "李四", ID_2, "40"));
        assertTrue(exactly.valid(), "exactly 100 % is fine");
        Outcome over = check(owner(2, "101", "89.5", "张三", ID, "60"), owner(3, "101", "89.5", "李四", ID_2, "40.01"));
        assertProblem(over, 3, RegisterColumn.SHARE, "import.sharesExceed");
        assertEquals(List.of("1-101", "100.01"), over.problems().get(0).arguments());
    }

    @Test
    void duplicatesAgainstTheRegisterAreReported() {
        RegisterSnapshot register = new RegisterSnapshot(Map.of("1", new KnownBuilding(7, "1 号楼", 6)),
                Map.of(new UnitKey("1", "101"), new KnownUnit(70, new BigDecimal("89.50"), new BigDecimal("60.00"),
                        Set.of(HASH.apply(ID)))));
        Outcome outcome = RegisterImportCheck.check(List.of(
                owner(2, "101", "89.5", "张三", ID, "10"),
                owner(3, "101", "89.5", "李四", ID_2, "40.01"),
                row(4, "1", "1 号楼", "6", "101", "89.5"),
                owner(5, "101", "90", "王五", "110105194912310024", "10"),
                row(6, "1", "1 号楼", "8", "102", "70")), register, HASH);
        assertProblem(outcome, 2, RegisterColumn.ID_NUMBER, "import.ownerRegistered");
        assertProblem(outcome, 3, RegisterColumn.SHARE, "import.sharesExceed");
        assertProblem(outcome, 4, RegisterColumn.UNIT_NUMBER, "import.unitRegistered");
        assertProblem(outcome, 5, RegisterColumn.AREA, "import.areaDiffersFromRegister");
        assertProblem(outcome, 6, RegisterColumn.FLOORS, "import.buildingDiffersFromRegister");
    }

    @Test
    void ownersAreAddedToRegisteredUnitsWithinTheirShares() {
        RegisterSnapshot register = new RegisterSnapshot(Map.of("1", new KnownBuilding(7, "1 号楼", 6)),
                Map.of(new UnitKey("1", "101"), new KnownUnit(70, new BigDecimal("89.50"), new BigDecimal("60.00"),
                        Set.of(HASH.apply(ID)))));
        Outcome outcome = RegisterImportCheck.check(List.of(owner(2, "101", "89.5", "李四", ID_2, "40")), register,
                HASH);
        assertTrue(outcome.valid(), outcome.problems()::toString);
        assertEquals(0, outcome.plan().buildings().size());
        assertEquals(0, outcome.plan().units().size());
        assertEquals(1, outcome.plan().owners().size());
    }

    @Test
    void aFileWithoutDataRowsIsRefused() {
        Outcome outcome = check(row(2, (String) null));
        assertEquals("import.empty", outcome.problems().get(0).key());
        assertEquals(0, outcome.problems().get(0).row());
    }
}
