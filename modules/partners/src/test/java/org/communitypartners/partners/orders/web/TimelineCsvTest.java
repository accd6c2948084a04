package org.communitypartners.partners.orders.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineCsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("已处理", TimelineCsv.field("已处理"));
        assertEquals("\"更换, 调试\"", TimelineCsv.field("更换, 调试"));
        assertEquals("\"他说\"\"好\"\"\"", TimelineCsv.field("他说\"好\""));
        assertEquals("\"两\n行\"", TimelineCsv.field("两\n行"));
        assertEquals("", TimelineCsv.field(null));
    }

    @Test
    void formulaStartsAreNeutralisedSoExcelDoesNotRunThem() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", TimelineCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+86 138", TimelineCsv.field("+86 138"));
        assertEquals("'@cmd", TimelineCsv.field("@cmd"));
    }
}
