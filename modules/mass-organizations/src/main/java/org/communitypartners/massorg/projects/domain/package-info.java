/** Projects brought into communities (带项目进社区) and yearly targets with their progress rule as plain Java. */
package org.communitypartners.massorg.projects.domain;
