package org.communitypartners.property.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

    @Test
    void aPdfPngOrJpegIsKnownByItsBytes() throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", AttachmentCheck.check(pdf).contentType());
        assertEquals("image/png", AttachmentCheck.check(image("png")).contentType());
        assertEquals("image/jpeg", AttachmentCheck.check(image("jpg")).contentType());
    }

    @Test
    void aRenamedScriptATruncatedPdfOrAnEmptyFileIsRefused() {
        assertEquals("ledger.attachmentType", refused("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ledger.attachmentType", refused("%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ledger.attachmentType", refused(new byte[0]));
        assertEquals("ledger.attachmentType", refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] large = new byte[AttachmentCheck.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        assertEquals("ledger.attachmentSize", refused(large));
    }

    private static String refused(byte[] content) {
        return assertThrows(RuleViolation.class, () -> AttachmentCheck.check(content)).messageKey();
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
