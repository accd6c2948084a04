/** Meal points, sets, menus and orders, the daily capacity, the subsidy settlement and its reconciliation, as plain Java rules. */
package org.communitypartners.merchants.meals.domain;
