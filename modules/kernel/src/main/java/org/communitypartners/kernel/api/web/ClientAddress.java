package org.communitypartners.kernel.api.web;

/**
 * The address the current request came from, as the audit log records it (behind a trusted load
 * balancer, the address that balancer saw). Modules use it to limit anonymous callers.
 */
public interface ClientAddress {

    String current();
}
