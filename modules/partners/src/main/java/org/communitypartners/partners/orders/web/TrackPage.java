package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.orders.application.ResidentDesk.Tracked;
import org.communitypartners.partners.orders.application.ResidentDesk;
import org.communitypartners.partners.orders.domain.WorkOrderStep;
import org.omnifaces.cdi.ViewScoped;

/**
 * The public tracking page: the holder of a tracking code follows the order, answers on it,
 * confirms or reopens it once the partner says it is done, withdraws it, and rates it.
 */
@Named
@ViewScoped
public class TrackPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ResidentDesk residents;
    @Inject
    Feedback feedback;
    @Inject
    PublicLimits limits;

    private String code;
    private Tracked tracked;
    private String note;
    private Integer stars;
    private String comment;

    public void load() {
        if (code != null && !code.isBlank()) {
            find();
        }
    }

    /** Looks the code up; a wrong code says only that nothing was found. */
    public void find() {
        tracked = null;
        feedback.attemptIn(PartnersModule.BUNDLE, () -> {
            limits.lookup();
            try {
                tracked = residents.track(code);
            } catch (NotFoundInScope unknown) {
                feedback.info("common.notFound");
            }
        }, null);
    }

    public void take(WorkOrderStep step) {
        act(() -> tracked = residents.take(code, step, note), "track.done." + step);
    }

    public void answer() {
        act(() -> tracked = residents.comment(code, note), "track.answered");
    }

    public void rate() {
        act(() -> tracked = residents.rate(code, stars == null ? 0 : stars, comment), "track.rated");
    }

    /** Every answer counts against the caller's hourly allowance, like a lookup. */
    private void act(Runnable action, String successKey) {
        boolean done = feedback.attemptIn(PartnersModule.BUNDLE, () -> {
            limits.lookup();
            action.run();
        }, successKey);
        if (done) {
            note = null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Tracked getTracked() {
        return tracked;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
