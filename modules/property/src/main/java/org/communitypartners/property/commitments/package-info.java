/**
 * Service commitments (服务承诺) of the property company serving a compound: the items, staff
 * check-ins, the compliance per week and quarter computed from them, owners' spot ratings, and
 * work orders raised for missed weeks.
 */
package org.communitypartners.property.commitments;
