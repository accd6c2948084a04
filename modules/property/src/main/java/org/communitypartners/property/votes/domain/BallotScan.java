package org.communitypartners.property.votes.domain;

import org.communitypartners.kernel.api.DocumentUpload;

/**
 * The scan of a paper ballot, accepted by what its bytes are ({@link DocumentUpload}: a PDF, or a
 * JPEG or PNG a decoder can read), at most 10 MB.
 */
public record BallotScan(String contentType, byte[] content) {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static BallotScan check(byte[] content) {
        if (content == null || content.length == 0) {
            throw VoteRules.violation("vote.scan.required");
        }
        if (content.length > MAX_BYTES) {
            throw VoteRules.violation("vote.scan.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return new BallotScan(DocumentUpload.typeOf(content)
                .orElseThrow(() -> VoteRules.violation("vote.scan.unreadable")), content);
    }
}
