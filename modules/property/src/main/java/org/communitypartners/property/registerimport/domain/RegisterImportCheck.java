package org.communitypartners.property.registerimport.domain;

import static org.communitypartners.property.registerimport.domain.RegisterColumn.AREA;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.BUILDING_NAME;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.BUILDING_NUMBER;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.FLOORS;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.ID_NUMBER;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.OWNER_NAME;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.PHONE;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.SHARE;
import static org.communitypartners.property.registerimport.domain.RegisterColumn.UNIT_NUMBER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.ExclusiveArea;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.domain.ResidentIdNumber;
import org.communitypartners.property.domain.UnitOwner;
import org.communitypartners.property.registerimport.domain.ImportPlan.NewBuilding;
import org.communitypartners.property.registerimport.domain.ImportPlan.NewOwner;
import org.communitypartners.property.registerimport.domain.ImportPlan.NewUnit;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot.KnownBuilding;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot.KnownUnit;

/**
 * Checks every row of an import against the register's own rules (the same ID-number, area and
 * share rules as one-by-one entry) and against each other and the register: a building or unit
 * stated twice must be stated alike, an owner appears once per unit, a unit's shares reach at
 * most 100 %. Every problem is reported with its row and column; a plan exists only without any.
 */
public final class RegisterImportCheck {

    private RegisterImportCheck() {
    }

    /** The problems (sorted by row and column) and, when there are none, the plan to write. */
    public record Outcome(int rows, List<ImportProblem> problems, ImportPlan plan) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A building as the file states it, with the row that first did. */
    private record StatedBuilding(int row, String name, int floors) {
    }

    private record StatedUnit(int row, BigDecimal area, boolean withoutOwner) {
    }

    /**
     * @param lookupHash the register's keyed hash of an ID number, to find owners already registered
     */
    public static Outcome check(List<SheetRow> rows, RegisterSnapshot register, Function<String, String> lookupHash) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, StatedBuilding> buildings = new LinkedHashMap<>();
        Map<UnitKey, StatedUnit> units = new LinkedHashMap<>();
        Map<String, Integer> ownerRows = new HashMap<>();
        Map<UnitKey, BigDecimal> shares = new HashMap<>();
        List<NewOwner> owners = new ArrayList<>();
        int counted = 0;
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            counted++;
            Cells cells = new Cells(row, problems);
            String number = cells.text(BUILDING_NUMBER, Building.NUMBER_LENGTH, "building.number");
            String name = cells.optionalText(BUILDING_NAME, Building.NAME_LENGTH, "building.name");
            Integer floors = cells.floors();
            String unitNumber = cells.text(UNIT_NUMBER, PropertyUnit.NUMBER_LENGTH, "unit.number");
            ExclusiveArea area = cells.area();
            if (number != null && floors != null) {
                building(row.number(), number, name, floors, buildings, register, problems);
            }
            if (number == null || unitNumber == null || area == null) {
                cells.owner();
                continue;
            }
            UnitKey key = new UnitKey(number, unitNumber);
            boolean unitStated = unit(row, key, area, units, register, problems);
            NewOwner owner = cells.owner();
            if (owner == null || !unitStated) {
                continue;
            }
            ownerOfUnit(row.number(), key, owner, ownerRows, shares, register, lookupHash, problems);
            owners.add(owner);
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row)
                .thenComparing(p -> p.column() == null ? -1 : p.column().ordinal()));
        if (counted == 0) {
            problems.add(new ImportProblem(0, null, PropertyModule.BUNDLE, "import.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(counted, List.copyOf(problems), null);
        }
        List<NewBuilding> newBuildings = buildings.entrySet().stream()
                .filter(b -> !register.buildings().containsKey(b.getKey()))
                .map(b -> new NewBuilding(b.getKey(), b.getValue().name(), b.getValue().floors())).toList();
        List<NewUnit> newUnits = units.entrySet().stream().filter(u -> !register.units().containsKey(u.getKey()))
                .map(u -> new NewUnit(u.getKey(), new ExclusiveArea(u.getValue().area()))).toList();
        return new Outcome(counted, List.of(), new ImportPlan(newBuildings, newUnits, List.copyOf(owners)));
    }

    private static void building(int row, String number, String name, int floors, Map<String, StatedBuilding> stated,
                                 RegisterSnapshot register, List<ImportProblem> problems) {
        KnownBuilding known = register.buildings().get(number);
        if (known != null && (known.floors() != floors || name != null && !name.equals(known.name()))) {
            problems.add(problem(row, known.floors() != floors ? FLOORS : BUILDING_NAME,
                    "import.buildingDiffersFromRegister", number, known.floors()));
            return;
        }
        StatedBuilding first = stated.putIfAbsent(number, new StatedBuilding(row, name, floors));
        if (first != null && (first.floors() != floors || name != null && first.name() != null
                && !name.equals(first.name()))) {
            problems.add(problem(row, first.floors() != floors ? FLOORS : BUILDING_NAME, "import.buildingDiffers",
                    number, first.row()));
        }
    }

    /** Whether the row's unit is one owners may be added to (stated alike wherever it appears). */
    private static boolean unit(SheetRow row, UnitKey key, ExclusiveArea area, Map<UnitKey, StatedUnit> stated,
                                RegisterSnapshot register, List<ImportProblem> problems) {
        KnownUnit known = register.units().get(key);
        if (known != null && known.area().compareTo(area.squareMetres()) != 0) {
            problems.add(problem(row.number(), AREA, "import.areaDiffersFromRegister", key,
                    known.area().toPlainString()));
            return false;
        }
        if (known != null && !row.hasOwner()) {
            problems.add(problem(row.number(), UNIT_NUMBER, "import.unitRegistered", key));
            return false;
        }
        StatedUnit first = stated.get(key);
        if (first == null) {
            stated.put(key, new StatedUnit(row.number(), area.squareMetres(), !row.hasOwner()));
            return true;
        }
        if (first.area().compareTo(area.squareMetres()) != 0) {
            problems.add(problem(row.number(), AREA, "import.areaDiffers", key, first.row()));
            return false;
        }
        if (!row.hasOwner() || first.withoutOwner()) {
            problems.add(problem(row.number(), UNIT_NUMBER, "import.duplicateUnit", key, first.row()));
            return false;
        }
        return true;
    }

    private static void ownerOfUnit(int row, UnitKey key, NewOwner owner, Map<String, Integer> ownerRows,
                                    Map<UnitKey, BigDecimal> shares, RegisterSnapshot register,
                                    Function<String, String> lookupHash, List<ImportProblem> problems) {
        Integer first = ownerRows.putIfAbsent(key + "/" + owner.idNumber().value(), row);
        if (first != null) {
            problems.add(problem(row, ID_NUMBER, "import.duplicateOwner", key, first));
            return;
        }
        KnownUnit known = register.units().get(key);
        if (known != null && known.ownerHashes().contains(lookupHash.apply(owner.idNumber().value()))) {
            problems.add(problem(row, ID_NUMBER, "import.ownerRegistered", key, owner.idNumber().masked()));
            return;
        }
        BigDecimal start = known == null ? BigDecimal.ZERO : known.shares();
        BigDecimal total = shares.merge(key, start.add(owner.sharePercent()), (a, b) -> a.add(owner.sharePercent()));
        if (total.compareTo(UnitOwner.WHOLE) > 0) {
            problems.add(problem(row, SHARE, "import.sharesExceed", key, total.toPlainString()));
        }
    }

    private static ImportProblem problem(int row, RegisterColumn column, String key, Object... arguments) {
        return new ImportProblem(row, column, PropertyModule.BUNDLE, key, ImportProblem.texts(arguments));
    }

    /** The cells of one row, each checked by the register's rules; a bad cell adds a problem and gives null. */
    private static final class Cells {
        private final SheetRow row;
        private final List<ImportProblem> problems;

        Cells(SheetRow row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(RegisterColumn column, int max, String key) {
            String value = row.cell(column);
            if (value == null || value.length() > max) {
                problems.add(problem(row.number(), column, value == null ? "import.required" : key, max));
                return null;
            }
            return value;
        }

        String optionalText(RegisterColumn column, int max, String key) {
            return row.cell(column) == null ? null : text(column, max, key);
        }

        Integer floors() {
            BigDecimal number = number(FLOORS);
            if (number == null) {
                return null;
            }
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.ONE) < 0
                    || number.compareTo(BigDecimal.valueOf(Building.MAX_FLOORS)) > 0) {
                problems.add(problem(row.number(), FLOORS, "building.floors", Building.MAX_FLOORS));
                return null;
            }
            return number.intValueExact();
        }

        ExclusiveArea area() {
            BigDecimal number = number(AREA);
            return number == null ? null : rule(AREA, () -> new ExclusiveArea(number));
        }

        /** The row's owner, or null when the row names none or names one badly. */
        NewOwner owner() {
            if (!row.hasOwner()) {
                return null;
            }
            int before = problems.size();
            String name = text(OWNER_NAME, UnitOwner.NAME_LENGTH, "owner.name");
            String id = row.cell(ID_NUMBER);
            ResidentIdNumber idNumber = id == null ? missing(ID_NUMBER) : rule(ID_NUMBER, () -> new ResidentIdNumber(id));
            String phone = row.cell(PHONE);
            PhoneNumber phoneNumber = phone == null ? null : rule(PHONE, () -> new PhoneNumber(phone));
            BigDecimal share = number(SHARE);
            BigDecimal percent = share == null ? null : rule(SHARE, () -> UnitOwner.share(share));
            if (problems.size() > before) {
                return null;
            }
            return new NewOwner(new UnitKey(row.cell(BUILDING_NUMBER), row.cell(UNIT_NUMBER)), name, idNumber,
                    phoneNumber, percent);
        }

        private BigDecimal number(RegisterColumn column) {
            String value = row.cell(column);
            if (value == null) {
                return missing(column);
            }
            try {
                return new BigDecimal(value.replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(problem(row.number(), column, "import.notANumber", value));
                return null;
            }
        }

        private <T> T missing(RegisterColumn column) {
            problems.add(problem(row.number(), column, "import.required"));
            return null;
        }

        /** Applies one of the register's rules; its broken rule becomes this cell's problem, in its own words. */
        private <T> T rule(RegisterColumn column, Supplier<T> check) {
            try {
                return check.get();
            } catch (RuleViolation broken) {
                problems.add(ImportProblem.of(row.number(), column, broken));
                return null;
            }
        }
    }
}
