package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KernelBundleTest {

    @Test
    void anApiAnswersInEnglishOnlyWhenTheCallerAsksForItFirst() {
        assertEquals(KernelBundle.ENGLISH, KernelBundle.ofAcceptLanguage("en-GB,en;q=0.9"));
        assertEquals(KernelBundle.ENGLISH, KernelBundle.ofAcceptLanguage(" EN"));
        assertEquals(KernelBundle.CHINESE, KernelBundle.ofAcceptLanguage("zh-CN,en;q=0.5"));
        assertEquals(KernelBundle.CHINESE, KernelBundle.ofAcceptLanguage(""));
        assertEquals(KernelBundle.CHINESE, KernelBundle.ofAcceptLanguage(null));
    }
}
