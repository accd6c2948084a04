package org.communitypartners.kernel.application;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request comes from, for the audit log; set by a servlet filter. */
@RequestScoped
public class RequestOrigin {
    private String sourceIp;

    public String sourceIp() {
        return sourceIp;
    }

    public void arrivedFrom(String ip) {
        sourceIp = ip;
    }
}
