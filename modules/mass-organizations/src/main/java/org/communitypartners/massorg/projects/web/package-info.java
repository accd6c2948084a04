/** Staff screen and REST for projects brought into communities and yearly targets with progress. */
package org.communitypartners.massorg.projects.web;
