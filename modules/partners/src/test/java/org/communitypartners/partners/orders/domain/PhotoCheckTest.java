package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void jpegAndPngAreRecognisedByTheirBytes() throws IOException {
        assertEquals("image/jpeg", PhotoCheck.check(image("jpg", 64, 48)).contentType());
        assertEquals("image/png", PhotoCheck.check(image("png", 64, 48)).contentType());
    }

    @Test
    void aRenamedFileOrATruncatedImageIsRefused() throws IOException {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = image("gif", 10, 10);
        byte[] headerOnly = Arrays.copyOf(image("png", 64, 48), 12);

        for (byte[] notAPhoto : List.of(script, gif, headerOnly, new byte[0])) {
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> PhotoCheck.check(notAPhoto));
            assertEquals("photo.notAnImage", refusal.messageKey());
        }
        assertThrows(RuleViolation.class, () -> PhotoCheck.check(null));
    }

    @Test
    void photosAreLimitedToFiveMegabytesAndThreePerStep() throws IOException {
        byte[] big = Arrays.copyOf(image("jpg", 8, 8), PhotoCheck.MAX_BYTES + 1);
        assertEquals("photo.tooLarge", assertThrows(RuleViolation.class, () -> PhotoCheck.check(big)).messageKey());

        byte[] small = image("png", 8, 8);
        assertEquals(3, PhotoCheck.checkAll(List.of(small, small, small)).size());
        assertEquals("photo.tooMany", assertThrows(RuleViolation.class,
                () -> PhotoCheck.checkAll(List.of(small, small, small, small))).messageKey());
    }

    @Test
    void aPictureThatWouldUnpackIntoGigabytesIsRefused() throws IOException {
        // A valid PNG header claiming 10000 x 10000 pixels: 100 megapixels, over the limit.
        byte[] png = image("png", 1, 1);
        writeInt(png, 16, 10_000);
        writeInt(png, 20, 10_000);

        assertThrows(RuleViolation.class, () -> PhotoCheck.check(png));
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
