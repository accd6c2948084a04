package org.communitypartners.kernel.api;

import java.nio.charset.StandardCharsets;

/** What the first bytes of an upload say it is, whatever the file is called. */
final class FileHeaders {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private FileHeaders() {
    }

    /** {@code jpeg} or {@code png} (ImageIO's format names), or null for anything else. */
    static String imageFormat(byte[] content) {
        return startsWith(content, JPEG) ? "jpeg" : startsWith(content, PNG) ? "png" : null;
    }

    static boolean isPdf(byte[] content) {
        return startsWith(content, PDF);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
