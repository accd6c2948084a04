/**
 * The WAR: assembles the modules and owns what exists once per deployment: the datasource,
 * the authentication mechanism, the REST root, the home page and the error pages.
 */
package org.communitypartners.app;
