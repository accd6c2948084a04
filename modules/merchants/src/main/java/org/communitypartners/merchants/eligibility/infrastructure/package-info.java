/** JPA repository of eligibility records and codes, and the eligibility key setting. */
package org.communitypartners.merchants.eligibility.infrastructure;
