/** Property module: owner register, fees priced in the open, the transparent ledger, commitments, owner votes. */
package org.communitypartners.property;
