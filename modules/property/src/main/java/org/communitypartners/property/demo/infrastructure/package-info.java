/** Writes the demo's months of bills and payments set-wise, straight into the fee tables. */
package org.communitypartners.property.demo.infrastructure;
