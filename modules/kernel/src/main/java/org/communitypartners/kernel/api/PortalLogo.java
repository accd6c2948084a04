package org.communitypartners.kernel.api;

/**
 * A partner's logo on the residents' front door: its name (the image's alternative text) and the
 * public address of the image, from the application root.
 */
public record PortalLogo(String name, String path) {
}
