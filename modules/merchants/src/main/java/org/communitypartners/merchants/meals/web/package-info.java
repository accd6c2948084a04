/** Screens, REST resources, the settlement workbook and the public menu page of the meal points. */
package org.communitypartners.merchants.meals.web;
