/** The mass-organisations module's share of the Guangling demo: the four organisations and two years of their activities. */
package org.communitypartners.massorg.demo.application;
