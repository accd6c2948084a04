/** Staff screen and REST for volunteer shifts, the time bank and the PDF certificate of hours. */
package org.communitypartners.massorg.volunteering.web;
