package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Health of the application and its database: 200 UP, or 503 DOWN when the database does not answer. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    @PersistenceContext
    EntityManager em;

    @GET
    public Response health() {
        try {
            Object schema = em.createNativeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")
                    .getSingleResult();
            return Response.ok(Map.of("status", "UP", "database", "UP", "schemaVersion", String.valueOf(schema)))
                    .build();
        } catch (RuntimeException databaseDown) {
            LOG.log(Level.WARNING, "health: database does not answer", databaseDown);
            return Response.status(503)
                    .entity(Map.of("status", "DOWN", "database", "DOWN"))
                    .build();
        }
    }
}
