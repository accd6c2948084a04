package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.PartnerInbox;
import org.communitypartners.partners.orders.application.TimelineView;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.WorkOrderStep;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** One order in the partner's inbox and the steps partner staff take on it, with photos of the work. */
@Named
@ViewScoped
public class InboxOrderPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<WorkOrderStep> PARTNER_STEPS = List.of(WorkOrderStep.ACCEPT, WorkOrderStep.START,
            WorkOrderStep.RESOLVE, WorkOrderStep.DECLINE);

    @Inject
    PartnerInbox inbox;
    @Inject
    Feedback feedback;

    private long id;
    private OrderView order;
    private List<TimelineView> timeline;
    private String note;
    private transient List<Part> photos;

    public void load() {
        order = inbox.get(id);
        timeline = inbox.timeline(id);
    }

    public List<WorkOrderStep> getSteps() {
        return PARTNER_STEPS.stream().filter(s -> s.offeredTo(Actor.PARTNER, order.status())).toList();
    }

    public void take(WorkOrderStep step) throws IOException {
        boolean done = feedback.attemptIn(PartnersModule.BUNDLE,
                () -> inbox.take(id, order.version(), step, note, UploadedPhotos.read(photos)), "inbox.done." + step);
        if (done && step == WorkOrderStep.DECLINE) {
            Faces.getFlash().setKeepMessages(true);
            Faces.redirect(Faces.getRequestContextPath() + "/partners/inbox.xhtml");
            return;
        }
        if (done) {
            note = null;
        }
        load();
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}
