package org.communitypartners.partners.open311.application;

import jakarta.ejb.ApplicationException;

/**
 * A GeoReport request refused with the spec's 403 (no valid key for this jurisdiction) or 404
 * (jurisdiction, service or request not found); its message key words the error description.
 */
@ApplicationException(rollback = true)
public class Open311Refusal extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    public Open311Refusal(int status, String messageKey, Object... arguments) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static Open311Refusal forbidden(String messageKey, Object... arguments) {
        return new Open311Refusal(403, messageKey, arguments);
    }

    public static Open311Refusal notFound(String messageKey, Object... arguments) {
        return new Open311Refusal(404, messageKey, arguments);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
