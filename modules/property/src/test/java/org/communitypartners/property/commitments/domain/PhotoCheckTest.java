package org.communitypartners.property.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    @Test
    void aPngIsTakenReEncoded() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", png);
        PhotoCheck.Checked checked = PhotoCheck.check(png.toByteArray());
        assertEquals("image/png", checked.contentType());
        assertEquals(4, ImageIO.read(new java.io.ByteArrayInputStream(checked.content())).getWidth());
    }

    @Test
    void aRenamedScriptIsRefusedByItsContent() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> PhotoCheck.check("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("photo.notAnImage", refused.messageKey());
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThrows(RuleViolation.class, () -> PhotoCheck.check(header));
    }
}
