/** The property module's share of the Guangling demo: the register of the three demo compounds and two years of their fees, ledgers and commitments. */
package org.communitypartners.property.demo;
