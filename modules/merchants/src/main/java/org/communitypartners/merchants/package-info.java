/** Merchants module: caring-merchant library, the 15-minute circle, benefit offers, meal points, child care, donations. */
package org.communitypartners.merchants;
