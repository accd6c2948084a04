package org.communitypartners.merchants.eligibility.application;

import java.time.Instant;

/** A one-time code as handed to the resident: the six digits and when they stop working. */
public record IssuedCode(String code, Instant expiresAt) {
}
