/** Services of residents' eligibility: the staff register with audited reveals, and one-time codes issued and used at tills. */
package org.communitypartners.merchants.eligibility.application;
