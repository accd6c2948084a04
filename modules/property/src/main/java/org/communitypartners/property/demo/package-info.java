/** The property module's share of the Guangling demo: the register of the three demo compounds. */
package org.communitypartners.property.demo;
