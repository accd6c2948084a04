package org.communitypartners.property.votes.web;

import jakarta.faces.context.FacesContext;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.votes.domain.BallotChoice;

/** Labels of vote values in the viewer's language, for messages built in backing beans. */
final class Labels {
    private Labels() {
    }

    static String choice(BallotChoice choice) {
        return KernelBundle.format(PropertyModule.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "vote.choice." + choice.name());
    }
}
