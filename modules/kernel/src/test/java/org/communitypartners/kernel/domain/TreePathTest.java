package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TreePathTest {
    private static final TreePath NODE = new TreePath("/1/4/");

    @Test
    void pathContainsItselfAndEverythingBelow() {
        assertTrue(NODE.contains(new TreePath("/1/4/")));
        assertTrue(NODE.contains(new TreePath("/1/4/9/")));
        assertTrue(NODE.contains(new TreePath("/1/4/9/17/")));
    }

    @Test
    void pathDoesNotContainItsAncestorsOrSiblings() {
        assertFalse(NODE.contains(new TreePath("/1/")));
        assertFalse(NODE.contains(new TreePath("/1/5/")));
        assertFalse(NODE.contains(new TreePath("/2/4/")));
    }

    @Test
    void siblingWhoseIdStartsWithTheSameDigitsIsNotContained() {
        assertFalse(NODE.contains(new TreePath("/1/45/")));
        assertFalse(new TreePath("/1/").contains(new TreePath("/12/")));
    }

    @Test
    void rootPathContainsEveryPath() {
        assertTrue(new TreePath("/").contains(NODE));
    }

    @Test
    void idsRunFromTheRootDownToTheNode() {
        assertEquals(List.of(1L, 4L, 9L), new TreePath("/1/4/9/").ids());
        assertEquals(List.of(123456789012L), new TreePath("/123456789012/").ids());
    }

    @Test
    void rootPathHasNoIds() {
        assertEquals(List.of(), new TreePath("/").ids());
    }

    @Test
    void subtreePatternMatchesThePathAndAnythingAfterIt() {
        assertEquals("/1/4/%", NODE.subtreePattern());
    }

    @Test
    void descendantMovesAlongWithItsAncestor() {
        TreePath moved = new TreePath("/1/5/4/");
        assertEquals(new TreePath("/1/5/4/9/17/"), NODE.rebase(new TreePath("/1/4/9/17/"), moved));
        assertEquals(new TreePath("/1/5/4/9/"), NODE.rebase(new TreePath("/1/4/9/"), moved));
    }

    @Test
    void movedNodeItselfGetsTheNewPath() {
        TreePath moved = new TreePath("/2/4/");
        assertEquals(moved, NODE.rebase(NODE, moved));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1/4/", "/1/4", "1/4"})
    void pathMustStartAndEndWithASlash(String value) {
        assertThrows(IllegalArgumentException.class, () -> new TreePath(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/", "/1//", "/1/x/3/", "/-1/"})
    void pathHoldsOnlyIdsBetweenSlashes(String value) {
        assertThrows(IllegalArgumentException.class, () -> new TreePath(value));
    }

    @Test
    void onlyADescendantCanBeRebased() {
        TreePath moved = new TreePath("/1/2/");
        assertThrows(IllegalArgumentException.class,
                () -> moved.rebase(new TreePath("/1/3/7/"), new TreePath("/1/5/2/")));
    }
}
