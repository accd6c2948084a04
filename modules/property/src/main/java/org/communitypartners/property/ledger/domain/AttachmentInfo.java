package org.communitypartners.property.ledger.domain;

/** A voucher file without its bytes, as lists show it. */
public record AttachmentInfo(long id, long entryId, String fileName, String contentType, long sizeBytes,
                             String sha256) {
}
