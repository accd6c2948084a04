package org.communitypartners.partners.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a photo says about its taker without decoding the picture: EXIF (GPS position,
 * device, time) and comments in JPEG application segments, text and EXIF chunks in PNG. The
 * image data itself is copied byte for byte.
 */
final class ImageMetadata {
    private static final int JPEG_APP0_JFIF = 0xE0;
    private static final int JPEG_APP14_ADOBE = 0xEE;
    private static final int JPEG_COMMENT = 0xFE;
    private static final int JPEG_START_OF_SCAN = 0xDA;
    private static final int PNG_SIGNATURE = 8;
    private static final Set<String> PNG_PRIVATE_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private ImageMetadata() {
    }

    /** The JPEG without APP1–APP13/APP15 and comment segments; null if its segments do not parse. */
    static byte[] jpegWithout(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == JPEG_START_OF_SCAN) {
                out.write(jpeg, at, jpeg.length - at);
                return out.toByteArray();
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return null;
            }
            boolean appSegment = marker >= JPEG_APP0_JFIF && marker <= 0xEF;
            boolean keep = !(appSegment && marker != JPEG_APP0_JFIF && marker != JPEG_APP14_ADOBE)
                    && marker != JPEG_COMMENT;
            if (keep) {
                out.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
        }
        return null;
    }

    /** The PNG without text, EXIF and time chunks; null if its chunks do not parse. */
    static byte[] pngWithout(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, PNG_SIGNATURE);
        int at = PNG_SIGNATURE;
        while (at + 12 <= png.length) {
            long length = ((long) (png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16)
                    | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
            if (at + 12 + length > png.length) {
                return null;
            }
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            int chunk = (int) (12 + length);
            if (!PNG_PRIVATE_CHUNKS.contains(type)) {
                out.write(png, at, chunk);
            }
            at += chunk;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        return null;
    }
}
