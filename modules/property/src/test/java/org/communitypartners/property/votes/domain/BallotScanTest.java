package org.communitypartners.property.votes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class BallotScanTest {

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String key(byte[] content) {
        return assertThrows(RuleViolation.class, () -> BallotScan.check(content)).messageKey();
    }

    @Test
    void aReadableImageOrPdfIsAcceptedByItsContent() throws IOException {
        assertEquals("image/png", BallotScan.check(png()).contentType());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", BallotScan.check(pdf).contentType());
    }

    @Test
    void aRenamedOrTruncatedFileIsRefused() throws IOException {
        assertEquals("vote.scan.unreadable", key("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("vote.scan.unreadable", key("%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));
        byte[] png = png();
        byte[] cut = new byte[12];
        System.arraycopy(png, 0, cut, 0, cut.length);
        assertEquals("vote.scan.unreadable", key(cut));
        assertEquals("vote.scan.required", key(new byte[0]));
        assertEquals("vote.scan.tooLarge", key(new byte[BallotScan.MAX_BYTES + 1]));
    }
}
