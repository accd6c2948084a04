/** The vote board for the committee, staff and notary, the owner's ballot page, and their REST resource. */
package org.communitypartners.property.votes.web;
