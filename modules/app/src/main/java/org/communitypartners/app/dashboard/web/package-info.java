/** The staff dashboard screen: figures, charts, drill-down and Excel export. */
package org.communitypartners.app.dashboard.web;
