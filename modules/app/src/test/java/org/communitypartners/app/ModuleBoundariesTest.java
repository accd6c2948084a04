package org.communitypartners.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of every module: no cycles,
 * only a module's {@code api} crosses a module line, the allowed edges only, persistence
 * only in infrastructure, Faces only in web.
 */
class ModuleBoundariesTest {
    private static final String ROOT = "org.communitypartners";
    private static final List<String> FEATURE_MODULES = List.of("partners", "property", "merchants", "massorg");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesFormNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void onlyTheApiOfAnotherModuleIsUsed() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(useOtherModulesOnlyThroughTheirApi())
                .because("modules talk through each other's api package only")
                .check(PRODUCT);
    }

    @Test
    void kernelKnowsNoFeatureModule() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".partners..", ROOT + ".property..",
                        ROOT + ".merchants..", ROOT + ".massorg..", ROOT + ".app..")
                .check(PRODUCT);
    }

    @Test
    void partnerKindsNeverKnowEachOther() {
        for (String kind : List.of("property", "merchants", "massorg")) {
            String[] others = List.of("property", "merchants", "massorg").stream().filter(k -> !k.equals(kind))
                    .map(k -> ROOT + "." + k + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + kind + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others).check(PRODUCT);
        }
        noClasses().that().resideInAPackage(ROOT + ".partners..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".property..", ROOT + ".merchants..",
                        ROOT + ".massorg..", ROOT + ".app..")
                .check(PRODUCT);
    }

    @Test
    void entityManagerOnlyInInfrastructure() {
        noClasses().that().resideOutsideOfPackage("..infrastructure..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(PRODUCT);
    }

    @Test
    void facesOnlyInWeb() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                        "org.omnifaces..")
                .check(PRODUCT);
    }

    @Test
    void theRulesSeeEveryModule() {
        for (String module : FEATURE_MODULES) {
            boolean found = PRODUCT.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module));
            if (!found) {
                throw new AssertionError("no classes of module " + module + " imported: the rules would pass vacuously");
            }
        }
    }

    /** All modules share one CDI container: two beans named alike would stop the whole application. */
    @Test
    void beanNamesAreUniqueAcrossModules() {
        Map<String, List<String>> byName = PRODUCT.stream().filter(c -> c.isAnnotatedWith(Named.class))
                .collect(Collectors.groupingBy(ModuleBoundariesTest::beanName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));

        assertEquals(Map.of(), byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static String beanName(JavaClass bean) {
        String given = bean.getAnnotationOfType(Named.class).value();
        String simple = bean.getSimpleName();
        return given.isEmpty() ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1) : given;
    }

    /** Violated by a class of module A using a class of module B outside B's api package. */
    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi() {
        return new ArchCondition<>("use other modules only through their api package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String to = moduleOf(target.getPackageName());
                    if (to != null && from != null && !to.equals(from)
                            && !target.getPackageName().startsWith(ROOT + "." + to + ".api")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
