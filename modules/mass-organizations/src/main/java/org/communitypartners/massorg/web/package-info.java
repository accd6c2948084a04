/** Staff screens and REST for activities; residents' public pages, the JSON registration endpoint and the iCalendar feed. */
package org.communitypartners.massorg.web;
