/** Use cases of projects and yearly targets, and the module api's targets for the dashboard. */
package org.communitypartners.massorg.projects.application;
