/** The use cases of the three lists: raising needs, listing offers, matching, gaps; the transaction boundary. */
package org.communitypartners.partners.lists.application;
