package org.aftersales.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An applied migration is never edited. Flyway records each migration's checksum in {@code flyway_schema_history};
 * once a migration has run on a database, editing its file leaves that database on the old schema and makes Flyway
 * refuse to start there ("migration checksum mismatch"). A schema change is therefore always a new migration.
 *
 * <p>This test compares every versioned migration that Flyway reads with the committed list
 * {@code src/test/resources/db/migration-checksums.txt}: one line per migration, {@code <sha256>  <file>} (two spaces,
 * as {@code sha256sum} prints it), the file named relative to {@code db/migration}. Flyway reads
 * {@code classpath:db/migration} ({@link DatabaseMigrator}) with its sub-folders, so a vendor-specific sub-folder would
 * be covered too; files of the form {@code V<version>__<what>.sql} are versioned migrations. Line endings do not count,
 * as they do not for Flyway's own checksum.
 *
 * <p>How to add a line: write the new migration, run {@code mvn -pl service-domain test
 * -Dtest=MigrationChecksumsTest}, and append the line it prints to the list (or, in
 * {@code src/main/resources/db/migration}, append the output of {@code sha256sum V<version>__<what>.sql}). From then on
 * the migration counts as applied: a later change to the schema is another new migration.
 */
class MigrationChecksumsTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    /** The folder behind Flyway's {@code classpath:db/migration}, read with its sub-folders. */
    private static final Path MIGRATIONS = MODULE.resolve("src/main/resources/db/migration");

    /**
     * The folders behind Flyway's {@code classpath:db/vendor/{vendor}}: migrations for one database only (PostgreSQL's
     * {@code CREATE INDEX CONCURRENTLY}), listed as {@code vendor/<vendor>/<file>}.
     */
    private static final Path VENDOR_MIGRATIONS = MODULE.resolve("src/main/resources/db/vendor");

    private static final Path CHECKSUMS = MODULE.resolve("src/test/resources/db/migration-checksums.txt");

    @Test
    @DisplayName("An applied migration is never edited: every listed migration still has its recorded SHA-256")
    void appliedMigrationsAreUnchanged() throws IOException {
        Map<String, String> current = currentChecksums();
        List<String> changed = new ArrayList<>();
        recordedChecksums().forEach((file, recorded) -> {
            String now = current.get(file);
            if (now != null && !now.equals(recorded)) {
                changed.add(file + " (recorded " + recorded + ", now " + now + ")");
            }
        });
        if (!changed.isEmpty()) {
            fail("Applied migrations were edited: " + String.join(", ", changed)
                    + ". Never edit an applied migration: databases that ran it keep the old schema and Flyway refuses"
                    + " to start on them. Undo the edit and add a new migration V<yyyyMMddHHmm>__<what>.sql instead.");
        }
    }

    @Test
    @DisplayName("An applied migration never disappears: every listed migration file still exists")
    void appliedMigrationsStillExist() throws IOException {
        Map<String, String> current = currentChecksums();
        List<String> missing = recordedChecksums().keySet().stream()
                .filter(file -> !current.containsKey(file))
                .toList();
        if (!missing.isEmpty()) {
            fail("Applied migrations are missing from " + MIGRATIONS + ": " + String.join(", ", missing)
                    + ". Never edit, rename or remove an applied migration: restore the file and add a new migration"
                    + " V<yyyyMMddHHmm>__<what>.sql instead.");
        }
    }

    @Test
    @DisplayName("A new migration is listed in migration-checksums.txt; the failure prints the exact line to add")
    void everyMigrationIsListed() throws IOException {
        Map<String, String> recorded = recordedChecksums();
        List<String> linesToAdd = new ArrayList<>();
        currentChecksums().forEach((file, checksum) -> {
            if (!recorded.containsKey(file)) {
                linesToAdd.add(checksum + "  " + file);
            }
        });
        if (!linesToAdd.isEmpty()) {
            fail("New migrations are not listed yet. When the migration is final, append to " + CHECKSUMS
                    + " (from then on it counts as applied: never edit it, add a new migration instead):\n"
                    + String.join("\n", linesToAdd) + "\n");
        }
    }

    /**
     * File (relative to db/migration, or {@code vendor/…} for a vendor's own, with '/') to SHA-256, for every versioned
     * migration on disk. A vendor script's {@code .sql.conf} (e.g. {@code executeInTransaction=false}) counts as part
     * of it.
     */
    private static Map<String, String> currentChecksums() throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        collect(MIGRATIONS, "", checksums);
        if (Files.isDirectory(VENDOR_MIGRATIONS)) {
            collect(VENDOR_MIGRATIONS, "vendor/", checksums);
        }
        return checksums;
    }

    private static void collect(Path root, String prefix, Map<String, String> checksums) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("V") && (name.endsWith(".sql") || name.endsWith(".sql.conf"))) {
                    String relative = prefix + root.relativize(file).toString().replace('\\', '/');
                    checksums.put(relative, sha256(Files.readAllBytes(file)));
                }
            }
        }
    }

    /** The committed list, file to SHA-256. */
    private static Map<String, String> recordedChecksums() throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        for (String line : Files.readAllLines(CHECKSUMS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" {2}", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                fail("Malformed line in " + CHECKSUMS + ": \"" + line + "\"; expected <sha256>  <file>");
            }
            checksums.put(parts[1].strip(), parts[0]);
        }
        return checksums;
    }

    /** SHA-256 of the file with CRLF line endings read as LF, so that a Windows checkout gives the same value. */
    private static String sha256(byte[] content) {
        byte[] lf = new String(content, StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lf));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
