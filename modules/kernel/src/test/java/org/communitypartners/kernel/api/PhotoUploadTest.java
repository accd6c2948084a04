package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoUploadTest {

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 (Exif) segment holding a marker text, as a phone writes its GPS position. */
    private static byte[] jpegWithExif(String marker) throws IOException {
        byte[] plain = image("jpeg", 8, 8);
        byte[] payload = ("Exif\0\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A tiny PNG whose header declares width × height: decoding it would need gigabytes. */
    private static byte[] declaring(int width, int height) throws IOException {
        byte[] png = image("png", 1, 1);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    private static String refusal(byte[] upload) {
        return assertThrows(RuleViolation.class, () -> PhotoUpload.check(upload)).messageKey();
    }

    @Test
    void aJpegPassesWithoutItsMetadata() throws IOException {
        byte[] upload = jpegWithExif("GPSLatitude 32.39N");
        assertEquals(true, new String(upload, StandardCharsets.ISO_8859_1).contains("GPSLatitude"));

        PhotoUpload.Checked checked = PhotoUpload.check(upload);

        assertEquals("image/jpeg", checked.contentType());
        assertFalse(new String(checked.content(), StandardCharsets.ISO_8859_1).contains("GPSLatitude"));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(checked.content()));
        assertNotNull(back);
        assertEquals(8, back.getWidth());
    }

    @Test
    void aPngPassesAsPng() throws IOException {
        assertEquals("image/png", PhotoUpload.check(image("png", 4, 3)).contentType());
    }

    @Test
    void somethingElseCalledAPhotoIsRefusedByItsContent() throws IOException {
        assertEquals("photo.notAnImage", refusal("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("photo.notAnImage", refusal(image("gif", 4, 4)));
        assertEquals("photo.notAnImage", refusal(new byte[0]));
        byte[] truncated = image("png", 40, 40);
        assertEquals("photo.notAnImage", refusal(java.util.Arrays.copyOf(truncated, 30)));
    }

    @Test
    void tooManyBytesOrPixelsAreRefused() throws IOException {
        assertEquals("photo.tooLarge", refusal(new byte[PhotoUpload.MAX_BYTES + 1]));
        assertEquals("photo.tooManyPixels", refusal(declaring(6000, 5000)));
    }

    @Test
    void textChunksOfAPngAreGoneToo() throws IOException {
        byte[] png = image("png", 4, 3);
        byte[] data = "Location\0GPS 32.6901N 119.0101E".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, 33);
        withText.write(ByteBuffer.allocate(4).putInt(data.length).array());
        withText.write("tEXt".getBytes(StandardCharsets.US_ASCII));
        withText.write(data);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        withText.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        withText.write(png, 33, png.length - 33);

        byte[] kept = PhotoUpload.check(withText.toByteArray()).content();

        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains("GPS"));
        assertEquals(4, ImageIO.read(new ByteArrayInputStream(kept)).getWidth());
    }

    @Test
    void aSmallerLimitIsSaidInWholeMegabytes() throws IOException {
        byte[] twoMegabytes = java.util.Arrays.copyOf(image("png", 4, 4), 2 * 1024 * 1024);
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> PhotoUpload.check(twoMegabytes, 1024 * 1024));
        assertEquals("photo.tooLarge", refusal.messageKey());
        assertEquals(KernelBundle.NAME, refusal.bundle());
        assertEquals(1, refusal.arguments()[0]);
    }
}
