/** JPA and native SQL of the meal points: locking the day's capacity, the settlement's grouped counts, the dashboard figures, the demo rows. */
package org.communitypartners.merchants.meals.infrastructure;
