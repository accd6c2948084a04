/** The residents' front door: every module's public pages for a subdistrict or community. */
package org.communitypartners.app.portal.application;
