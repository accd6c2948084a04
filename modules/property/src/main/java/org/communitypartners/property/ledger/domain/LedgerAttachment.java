package org.communitypartners.property.ledger.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A voucher file of an entry (invoice, receipt, contract page): its checked bytes and their SHA-256. */
@Entity
@Table(name = "property_ledger_attachment")
public class LedgerAttachment {
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 20)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected LedgerAttachment() {
    }

    public LedgerAttachment(long entryId, String fileName, AttachmentCheck.CheckedFile file, String uploadedBy,
                            Instant uploadedAt) {
        this.entryId = entryId;
        String name = fileName == null || fileName.isBlank() ? "voucher" : fileName.strip();
        this.fileName = LedgerRules.line(name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name,
                NAME_MAX, true, "ledger.fileName");
        this.contentType = file.contentType();
        this.content = file.content();
        this.sizeBytes = file.content().length;
        this.sha256 = CanonicalForm.sha256(file.content());
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getVersion() {
        return version;
    }
}
