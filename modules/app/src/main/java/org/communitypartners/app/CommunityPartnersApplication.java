package org.communitypartners.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.communitypartners.kernel.api.Roles;

/**
 * The deployment's datasource and roles ({@link SessionAuthentication} signs people in). Every datasource setting comes from
 * MicroProfile Config (environment {@code CP_DB_URL}, {@code CP_DB_USER}, {@code CP_DB_PASSWORD});
 * with none set, {@link DatabaseSettings} points it at an embedded H2 file under ./data/.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/communityPartners",
        className = "${MPCONFIG=cp.db.class-name}",
        url = "${MPCONFIG=cp.db.url}",
        user = "${MPCONFIG=cp.db.user}",
        password = "${MPCONFIG=cp.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@DeclareRoles({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF,
        Roles.OWNERS_COMMITTEE, Roles.NOTARY, Roles.OWNER, Roles.RESIDENT, Roles.AUDITOR})
@ApplicationScoped
public class CommunityPartnersApplication {
}
