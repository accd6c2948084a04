package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DocumentUploadTest {

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aPdfIsAPdfOnlyWithItsEndOfFileMarker() {
        assertEquals(Optional.of("application/pdf"), DocumentUpload.typeOf(ascii("%PDF-1.7\n1 0 obj\n%%EOF\n")));
        assertEquals(Optional.empty(), DocumentUpload.typeOf(ascii("%PDF-1.7\n1 0 obj\n")), "cut off in transfer");
    }

    @Test
    void scansAreJpegOrPngByTheirBytesAndKeptAsTheyAre() throws IOException {
        assertEquals(Optional.of("image/jpeg"), DocumentUpload.typeOf(image("jpeg", 8, 8)));
        assertEquals(Optional.of("image/png"), DocumentUpload.typeOf(image("png", 8, 8)));
        assertEquals(Optional.empty(), DocumentUpload.typeOf(image("gif", 8, 8)));
        assertEquals(Optional.empty(), DocumentUpload.typeOf(ascii("<script>alert(1)</script>")));
        assertEquals(Optional.empty(), DocumentUpload.typeOf(new byte[0]));
        assertEquals(Optional.empty(), DocumentUpload.typeOf(null));
    }

    @Test
    void aPictureDeclaringMoreThanFortyMegapixelsIsRefusedUnread() throws IOException {
        byte[] png = image("png", 1, 1);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 8000).putInt(20, 6000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        assertEquals(Optional.empty(), DocumentUpload.typeOf(png));
    }
}
