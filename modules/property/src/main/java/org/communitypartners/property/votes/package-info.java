/** Owner votes (业主共同决定) under Civil Code art. 278, and owner accounts bound to their units. */
package org.communitypartners.property.votes;
