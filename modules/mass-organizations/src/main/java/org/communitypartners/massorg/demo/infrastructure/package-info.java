/** Writes the demo's organisations, activities, registrations and volunteer shifts with past timestamps. */
package org.communitypartners.massorg.demo.infrastructure;
