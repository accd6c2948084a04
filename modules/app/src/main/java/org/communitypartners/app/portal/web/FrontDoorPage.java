package org.communitypartners.app.portal.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.app.portal.application.FrontDoor;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** The residents' front door ({@code /portal/index.xhtml?code=<division code>}), no account needed. */
@Named("frontDoorPage")
@ViewScoped
public class FrontDoorPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FrontDoor frontDoor;

    private String code;
    private FrontDoor.Door door;

    public void load() {
        if (code == null || code.isBlank()) {
            throw new NotFoundInScope("OrgUnit", code);
        }
        door = frontDoor.of(code.strip());
    }

    public String text(FrontDoor.Link link, String key) {
        return KernelBundle.format(link.bundle(), Faces.getLocale(), key);
    }

    public String href(FrontDoor.Link link) {
        return Faces.getRequestContextPath() + link.link().path();
    }

    public FrontDoor.Door getDoor() {
        return door;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
