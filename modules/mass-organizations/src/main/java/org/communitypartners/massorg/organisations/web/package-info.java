/** Staff screen and REST for organisations, leaders, members and volunteers. */
package org.communitypartners.massorg.organisations.web;
