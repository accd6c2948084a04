package org.communitypartners.property.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.PhoneNumber;

/**
 * An owner (业主) of a unit with a share of it. The ID number is stored only encrypted, with a
 * keyed hash for uniqueness and its masked form for lists; the phone is shown masked.
 */
@Entity
@Table(name = "property_owner")
public class UnitOwner {
    public static final int NAME_LENGTH = 50;
    public static final BigDecimal WHOLE = new BigDecimal("100.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "id_number_cipher", nullable = false, length = 100)
    private String idNumberCipher;

    @Column(name = "id_number_hash", nullable = false, length = 64)
    private String idNumberHash;

    @Column(name = "id_number_masked", nullable = false, length = ResidentIdNumber.LENGTH)
    private String idNumberMasked;

    @Column(length = PhoneNumber.MAX_LENGTH)
    private String phone;

    /** Percent of the unit, two decimals, (0, 100]. */
    @Column(name = "share_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal sharePercent;

    @Version
    private long version;

    protected UnitOwner() {
    }

    public UnitOwner(PropertyUnit unit, String name, ResidentIdNumber idNumber, FieldCipher cipher, PhoneNumber phone,
                     BigDecimal sharePercent) {
        this.unitId = unit.getId();
        this.compoundId = unit.getCompoundId();
        this.name = Rules.text(name, NAME_LENGTH, "owner.name");
        this.idNumberCipher = cipher.encrypt(idNumber.value());
        this.idNumberHash = cipher.lookupHash(idNumber.value());
        this.idNumberMasked = idNumber.masked();
        this.phone = phone == null ? null : phone.value();
        this.sharePercent = share(sharePercent);
    }

    /** A share in percent: more than 0, at most 100, at most two decimals. */
    public static BigDecimal share(BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(WHOLE) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw Rules.violation("owner.share");
        }
        return percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public String revealIdNumber(FieldCipher cipher) {
        return cipher.decrypt(idNumberCipher);
    }

    public String maskedPhone() {
        return phone == null ? null : new PhoneNumber(phone).masked();
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getName() {
        return name;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public long getVersion() {
        return version;
    }
}
