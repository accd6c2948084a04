/** The workbench page shown after sign-in. */
package org.communitypartners.app.web;
