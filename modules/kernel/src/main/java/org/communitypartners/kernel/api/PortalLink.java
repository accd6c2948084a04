package org.communitypartners.kernel.api;

/**
 * A link on the residents' front door.
 *
 * @param labelKey worded in the section's bundle
 * @param hintKey  a line under the label, in the same bundle
 * @param path     from the application root, e.g. {@code /requests/report.xhtml?s=12}
 * @param icon     a PrimeIcons class
 */
public record PortalLink(String labelKey, String hintKey, String path, String icon) {
}
