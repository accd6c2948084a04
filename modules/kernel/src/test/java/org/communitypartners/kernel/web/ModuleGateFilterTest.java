package org.communitypartners.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which module a URL belongs to decides whether a module switch hides it. */
class ModuleGateFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/partners", "/partners/", "/partners/needs.xhtml", "/partners/a/b"})
    void everyPathUnderAModuleNamesTheModule(String path) {
        assertEquals("partners", ModuleGateFilter.firstSegment(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void rootNamesNoModule(String path) {
        assertNull(ModuleGateFilter.firstSegment(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partners", "/api/v1/partners/", "/api/v1/partners/7"})
    void restPathsAreReadAfterTheApiPrefix(String path) {
        String rest = path.substring(ModuleGateFilter.API_PREFIX.length() - 1);
        assertEquals("partners", ModuleGateFilter.firstSegment(rest));
    }
}
