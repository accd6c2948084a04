package org.communitypartners.partners.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What residents can ask for (the Open311 service list): names in both languages, whether it is
 * a complaint (counted in the complaint rate), and its service level.
 */
@Entity
@Table(name = "work_order_category")
public class WorkOrderCategory {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 64)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    @Column(name = "description_zh", nullable = false, length = 500)
    private String descriptionZh;

    @Column(nullable = false)
    private boolean complaint;

    @Column(name = "accept_minutes", nullable = false)
    private int acceptMinutes;

    @Column(name = "resolve_minutes", nullable = false)
    private int resolveMinutes;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected WorkOrderCategory() {
    }

    public WorkOrderCategory(String code, String nameZh, String nameEn, String descriptionZh, boolean complaint,
                             ServiceLevel serviceLevel) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.complaint = complaint;
        this.acceptMinutes = (int) serviceLevel.acceptWithin().toMinutes();
        this.resolveMinutes = (int) serviceLevel.resolveWithin().toMinutes();
        this.active = true;
    }

    public ServiceLevel serviceLevel() {
        return ServiceLevel.ofMinutes(acceptMinutes, resolveMinutes);
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public boolean isComplaint() {
        return complaint;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
