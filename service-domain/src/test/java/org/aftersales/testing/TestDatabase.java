package org.aftersales.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * An in-memory H2 brought up by the real migrations, with the application's persistence unit on top of it — run
 * outside any container: resource-local transactions, no JNDI, no Bean Validation provider. Services under test get
 * {@link #em()} and a {@link TestCaller}; {@link #inTransaction} stands in for {@code @Transactional}.
 */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final EntityManagerFactory factory;
    private final EntityManager em;

    private TestDatabase(String name) {
        this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(org.aftersales.persistence.MigrationLocations.forProduct("H2"))
                .load()
                .migrate();
        this.factory = Persistence.createEntityManagerFactory("aftersales", unitProperties("org.h2.Driver", url, "sa"));
        this.em = factory.createEntityManager();
    }

    /**
     * The persistence unit's settings outside a container, on the given database: resource-local transactions, no
     * JNDI, no Bean Validation provider, audit stamps from the test's caller, no weaving (no agent).
     */
    public static Map<String, String> unitProperties(String driver, String url, String user) {
        return Map.ofEntries(
                Map.entry("jakarta.persistence.transactionType", "RESOURCE_LOCAL"),
                Map.entry("jakarta.persistence.jtaDataSource", ""),
                Map.entry("jakarta.persistence.jdbc.driver", driver),
                Map.entry("jakarta.persistence.jdbc.url", url),
                Map.entry("jakarta.persistence.jdbc.user", user),
                Map.entry("jakarta.persistence.jdbc.password", ""),
                Map.entry("jakarta.persistence.validation.mode", "NONE"),
                Map.entry("eclipselink.session.customizer", AuditingSessionCustomizer.class.getName()),
                Map.entry("eclipselink.session-event-listener", NoSessionSetup.class.getName()),
                Map.entry("eclipselink.weaving", "false"),
                Map.entry("eclipselink.logging.level", "WARNING"),
                // Without an agent there is no weaving, so lazy to-one relations load eagerly: known, not news.
                Map.entry("eclipselink.logging.level.metadata", "SEVERE"));
    }

    /** A fresh database of its own: the name keeps test classes apart. */
    public static TestDatabase migrated(String name) {
        return new TestDatabase(name);
    }

    public EntityManager em() {
        return em;
    }

    /** Another entity manager on the same database, as a second application instance (or thread) would have. */
    public EntityManager newEntityManager() {
        return factory.createEntityManager();
    }

    /** Runs one use case in a transaction; a thrown exception rolls back and clears the persistence context. */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(em, work);
    }

    /**
     * Runs one use case in a transaction on {@code em} (another instance's, say, from {@link #newEntityManager()}); a
     * thrown exception rolls back and clears that persistence context.
     */
    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException failure) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
            throw failure;
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Persists in a transaction of its own and commits. */
    public <T> T saved(T entity) {
        inTransaction(() -> em.persist(entity));
        return entity;
    }

    public long count(String table) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        em.close();
        factory.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
