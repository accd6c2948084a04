package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.TimelineView;
import org.communitypartners.partners.orders.application.WorkOrderDesk;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.WorkOrderStep;
import org.omnifaces.cdi.ViewScoped;

/**
 * One order for community staff: its record and clock, the timeline with photos, likely
 * duplicates, and the supervisor's actions (dispatch or reassign, urge, close, merge, record
 * the resident's answer, add a note).
 */
@Named
@ViewScoped
public class WorkOrderPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    WorkOrderDesk desk;
    @Inject
    Feedback feedback;

    private long id;
    private OrderView order;
    private List<TimelineView> timeline;
    private List<OrderView> duplicates;
    private List<PartnerView> partners;
    private Long partnerId;
    private CloseReason closeReason;
    private Long mergeInto;
    private String note;
    private String revealedPhone;

    public void load() {
        order = desk.get(id);
        timeline = desk.timeline(id);
        duplicates = desk.duplicatesOf(id);
        partners = order.status().isFinished() ? List.of() : desk.dispatchablePartners(id);
    }

    private void act(Runnable action, String successKey) {
        if (feedback.attemptIn(PartnersModule.BUNDLE, action, successKey)) {
            note = null;
        }
        load();
    }

    public void dispatch() {
        act(() -> desk.dispatch(id, order.version(), partnerId == null ? -1 : partnerId, note), "orderPage.dispatched");
    }

    public void urge() {
        act(() -> desk.urge(id, order.version(), note), "orderPage.urged");
    }

    public void close() {
        act(() -> desk.close(id, order.version(), closeReason, note), "orderPage.closed");
    }

    public void merge() {
        act(() -> desk.merge(id, order.version(), mergeInto == null ? -1 : mergeInto, note), "orderPage.merged");
    }

    public void residentAnswer(WorkOrderStep step) {
        act(() -> desk.onBehalfOfResident(id, order.version(), step, note), "orderPage.recorded");
    }

    /** Shows the reporter's full phone for a call back; audited. */
    public void revealPhone() {
        revealedPhone = desk.revealPhone(id);
    }

    public String getRevealedPhone() {
        return revealedPhone;
    }

    public void comment() {
        act(() -> desk.comment(id, note), "orderPage.commented");
    }

    public boolean isDispatchable() {
        return WorkOrderStep.DISPATCH.offeredTo(Actor.COMMUNITY,
                order.status()) || WorkOrderStep.REASSIGN.offeredTo(
                Actor.COMMUNITY, order.status());
    }

    public boolean isAwaitingResident() {
        return WorkOrderStep.CONFIRM.offeredTo(Actor.COMMUNITY,
                order.status());
    }

    public CloseReason[] getCloseReasons() {
        return new CloseReason[] {CloseReason.FIXED, CloseReason.NOT_OUR_RESPONSIBILITY};
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public OrderView getOrder() {
        return order;
    }

    public List<TimelineView> getTimeline() {
        return timeline;
    }

    public List<OrderView> getDuplicates() {
        return duplicates;
    }

    public List<PartnerView> getPartners() {
        return partners;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
