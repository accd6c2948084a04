/** Services of the meal points: staff keep points and sets, the meal point's partner staff take and serve orders, staff settle the subsidy. */
package org.communitypartners.merchants.meals.application;
