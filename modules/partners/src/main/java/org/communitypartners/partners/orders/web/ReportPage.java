package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.orders.application.ResidentDesk.Receipt;
import org.communitypartners.partners.orders.application.ResidentDesk.Report;
import org.communitypartners.partners.orders.application.ResidentDesk.SimilarOrder;
import org.communitypartners.partners.orders.application.ResidentDesk;
import org.omnifaces.cdi.ViewScoped;

/**
 * The public page where residents report a problem, reached from a subdistrict's portal or
 * poster (its QR code carries the subdistrict). Before sending, it offers open reports of the
 * same problem at the same compound so the resident can say "me too" instead.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ResidentDesk residents;
    @Inject
    Feedback feedback;
    @Inject
    PublicLimits limits;

    private Long subdistrictId;
    private List<OrgUnitView> communities;
    private String categoryCode;
    private Long communityId;
    private Long compoundId;
    private String placeDetail;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String description;
    private String name;
    private String phone;
    private transient List<Part> photos;
    private Receipt receipt;
    private List<OrgUnitView> compounds = List.of();
    private List<SimilarOrder> similar = List.of();

    /** Loads the subdistrict's communities; an unknown or switched-off subdistrict is not found. */
    public void load() {
        communities = subdistrictId == null ? List.of() : residents.communities(subdistrictId);
        if (communities.isEmpty()) {
            throw new NotFoundInScope("Subdistrict", subdistrictId);
        }
    }

    public List<OrgUnitView> getCompounds() {
        return compounds;
    }

    public List<SimilarOrder> getSimilar() {
        return receipt != null ? List.of() : similar;
    }

    /** A new community: its compounds, and no compound chosen yet. */
    public void communityChanged() {
        compoundId = null;
        compounds = communityId == null || communities.stream().noneMatch(c -> c.id() == communityId) ? List.of()
                : residents.compounds(communityId);
        placeChanged();
    }

    /** A new category or compound: the open reports of the same problem there. */
    public void placeChanged() {
        similar = residents.similar(categoryCode, compoundId);
    }

    public void submit() {
        feedback.attemptIn(PartnersModule.BUNDLE, () -> {
            limits.report();
            receipt = residents.submit(new Report(categoryCode, communityId, compoundId, placeDetail, latitude,
                    longitude, description, name, phone, UploadedPhotos.read(photos)));
        }, "report.sent");
    }

    /** Joins an open report of the same problem instead of sending a new one. */
    public void meToo(long orderId) {
        feedback.attemptIn(PartnersModule.BUNDLE, () -> {
            limits.report();
            receipt = residents.meToo(orderId, name, phone);
        }, "report.joined");
    }

    public Long getSubdistrictId() {
        return subdistrictId;
    }

    public void setSubdistrictId(Long subdistrictId) {
        this.subdistrictId = subdistrictId;
    }

    public List<OrgUnitView> getCommunities() {
        return communities;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public void setCompoundId(Long compoundId) {
        this.compoundId = compoundId;
    }

    public String getPlaceDetail() {
        return placeDetail;
    }

    public void setPlaceDetail(String placeDetail) {
        this.placeDetail = placeDetail;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
