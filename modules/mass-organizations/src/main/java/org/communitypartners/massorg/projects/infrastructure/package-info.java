/** JPA repository of projects and yearly targets, and the year's actuals computed in SQL. */
package org.communitypartners.massorg.projects.infrastructure;
