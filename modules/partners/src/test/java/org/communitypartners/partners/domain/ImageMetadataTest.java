package org.communitypartners.partners.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageMetadataTest {
    private static final String WHERE = "GPS 32.6901N 119.0101E iPhone";

    private static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 4, 0x2e7d32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    private static byte[] jpegWithExif() throws IOException {
        byte[] jpeg = image("jpg");
        byte[] exif = ("Exif\0\0" + WHERE).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] pngWithText() throws IOException {
        byte[] png = image("png");
        byte[] data = ("Location\0" + WHERE).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(new byte[] {0, 0, 0, (byte) data.length});
        chunk.write("tEXt".getBytes(StandardCharsets.US_ASCII));
        chunk.write(data);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        long value = crc.getValue();
        chunk.write(new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk.toByteArray());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void exifIsDroppedFromAJpegAndThePictureStaysTheSame() throws IOException {
        byte[] original = jpegWithExif();
        assertTrue(contains(original, WHERE));

        byte[] stripped = ImageCheck.check(original, 1024 * 1024).content();

        assertFalse(contains(stripped, WHERE));
        assertEquals(ImageIO.read(new ByteArrayInputStream(original)).getRGB(3, 4),
                ImageIO.read(new ByteArrayInputStream(stripped)).getRGB(3, 4));
    }

    @Test
    void textChunksAreDroppedFromAPng() throws IOException {
        byte[] original = pngWithText();
        assertTrue(contains(original, WHERE));

        byte[] stripped = ImageCheck.check(original, 1024 * 1024).content();

        assertFalse(contains(stripped, WHERE));
        assertArrayEquals(image("png"), stripped, "only the text chunk went");
    }

    @Test
    void brokenStructureIsNotGuessedAt() throws IOException {
        byte[] jpeg = image("jpg");
        assertNull(ImageMetadata.jpegWithout(Arrays.copyOf(jpeg, 20)));
        assertNull(ImageMetadata.pngWithout(Arrays.copyOf(image("png"), 30)));
    }
}
