package org.communitypartners.kernel.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void typedWildcardsMatchThemselves() {
        assertEquals("%100\\%\\_a\\\\b%", LikePatterns.containing(" 100%_A\\b "));
    }

    @Test
    void chineseTextIsKeptAsTyped() {
        assertEquals("%天福%", LikePatterns.containing("天福"));
    }
}
