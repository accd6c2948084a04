/** Offers and redemption pages for merchants, the benefit figures page for staff, and the REST resource. */
package org.communitypartners.merchants.offers.web;
