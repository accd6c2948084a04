/** The staff dashboard's figures: every module's indicators for a place and quarter, pooled and compared. */
package org.communitypartners.app.dashboard.application;
