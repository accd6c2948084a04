/** Fees priced in the open (明码标价): fee items and rates, the public notice, bills, payments, arrears and collection rate. */
package org.communitypartners.property.fees;
