package org.communitypartners.property.ledger.domain;

import org.communitypartners.kernel.api.DocumentUpload;

/**
 * Accepts a voucher file only if its bytes are a PDF, JPEG or PNG ({@link DocumentUpload}), at
 * most 10 MB. Files are kept as they are: a voucher is evidence, and its SHA-256 enters the chain.
 */
public final class AttachmentCheck {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A file that passed, with the type its bytes really are. */
    public record CheckedFile(String contentType, byte[] content) {
    }

    private AttachmentCheck() {
    }

    public static CheckedFile check(byte[] content) {
        if (content != null && content.length > MAX_BYTES) {
            throw LedgerRules.violation("ledger.attachmentSize", MAX_BYTES / (1024 * 1024));
        }
        String type = DocumentUpload.typeOf(content).orElseThrow(() -> LedgerRules.violation("ledger.attachmentType"));
        return new CheckedFile(type, content);
    }
}
