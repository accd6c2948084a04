package org.communitypartners.partners.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicLogoServletTest {

    @Test
    void onlyAPlainPartnerIdAfterThePathNamesALogo() {
        assertEquals(Optional.of(42L), PublicLogoServlet.partnerId("/42"));
        assertTrue(PublicLogoServlet.partnerId(null).isEmpty());
        assertTrue(PublicLogoServlet.partnerId("/").isEmpty());
        assertTrue(PublicLogoServlet.partnerId("/42/x").isEmpty());
        assertTrue(PublicLogoServlet.partnerId("/-1").isEmpty());
        assertTrue(PublicLogoServlet.partnerId("/1234567890123456789").isEmpty(), "past a long's digits");
    }
}
