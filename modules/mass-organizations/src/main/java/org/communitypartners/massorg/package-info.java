/** Mass-organisations module: organisations, members, courses, activities, volunteer hours, projects. */
package org.communitypartners.massorg;
