/** The partners module's share of the Guangling demo: the partners of the brief and their work-order history. */
package org.communitypartners.partners.demo.application;
