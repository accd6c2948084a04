/** The donations screen, the public thanks list and its front-door link, and the REST resource. */
package org.communitypartners.merchants.donations.web;
