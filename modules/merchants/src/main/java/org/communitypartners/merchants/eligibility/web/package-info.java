/** The staff page of residents' eligibility and the public page where a resident gets a one-time code. */
package org.communitypartners.merchants.eligibility.web;
