/** Elderly meal assistance (老年助餐点): meal points, meal sets with subsidised prices, orders, serving and the monthly subsidy settlement. */
package org.communitypartners.merchants.meals;
