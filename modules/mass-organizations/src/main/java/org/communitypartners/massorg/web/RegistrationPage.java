package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.PublicActivities;
import org.communitypartners.massorg.application.PublicActivities.Receipt;

/** The holder of a registration code follows it (with its notices), cancels it, or checks in. */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicActivities activities;
    @Inject
    PublicActivityLimits limits;
    @Inject
    Feedback feedback;

    private String code;
    private Receipt receipt;

    public void load() {
        if (code != null && !code.isBlank()) {
            find();
        }
    }

    /** A wrong code says only that nothing was found. */
    public void find() {
        receipt = null;
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            try {
                receipt = activities.find(code);
            } catch (NotFoundInScope unknown) {
                feedback.info("common.notFound");
            }
        }, null);
    }

    public void cancel() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            receipt = activities.cancel(code);
        }, "registration.cancelledDone");
    }

    public void checkIn() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            receipt = activities.checkIn(code);
        }, "checkIn.done");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
