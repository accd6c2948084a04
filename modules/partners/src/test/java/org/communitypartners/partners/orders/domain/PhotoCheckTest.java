package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

/** The order's own rule, three photos per step; what a photo is, the kernel's PhotoUploadTest covers. */
class PhotoCheckTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void threePhotosPerStepEachCheckedByContent() throws IOException {
        byte[] small = image("png", 8, 8);
        assertEquals(3, PhotoCheck.checkAll(List.of(small, small, small)).size());
        assertEquals("photo.tooMany", assertThrows(RuleViolation.class,
                () -> PhotoCheck.checkAll(List.of(small, small, small, small))).messageKey());
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertEquals("photo.notAnImage", assertThrows(RuleViolation.class,
                () -> PhotoCheck.checkAll(List.of(small, script))).messageKey());
    }
}
