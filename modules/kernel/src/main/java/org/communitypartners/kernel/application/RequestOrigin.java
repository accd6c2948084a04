package org.communitypartners.kernel.application;

import jakarta.enterprise.context.RequestScoped;
import org.communitypartners.kernel.api.web.ClientAddress;

/** Where the current request comes from, for the audit log; set by a servlet filter. */
@RequestScoped
public class RequestOrigin implements ClientAddress {
    private String sourceIp;

    public String sourceIp() {
        return sourceIp;
    }

    @Override
    public String current() {
        return sourceIp;
    }

    public void arrivedFrom(String ip) {
        sourceIp = ip;
    }
}
