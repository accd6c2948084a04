package org.communitypartners.massorg.indicators.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void onlyTheFirstCharacterIsShownWhateverTheNamesLength() {
        assertEquals("张*", MaskedName.of("张桂英"));
        assertEquals("张*", MaskedName.of("张伟"));
        assertEquals("欧*", MaskedName.of("欧阳建华"));
        assertEquals("A*", MaskedName.of(" Anna Smith "));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsKeptWhole() {
        assertEquals("𠀋*", MaskedName.of("𠀋一明"));
    }

    @Test
    void aMissingNameShowsOnlyTheStar() {
        assertEquals("*", MaskedName.of(null));
        assertEquals("*", MaskedName.of("  "));
    }
}
