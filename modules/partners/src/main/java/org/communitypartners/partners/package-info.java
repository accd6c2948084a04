/** Partners module: partner registry, the three lists, matching, the work-order closed loop, Open311. */
package org.communitypartners.partners;
