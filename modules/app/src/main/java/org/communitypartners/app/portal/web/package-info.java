/** The residents' front door page. */
package org.communitypartners.app.portal.web;
