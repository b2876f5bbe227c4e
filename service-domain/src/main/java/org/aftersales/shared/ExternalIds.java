package org.aftersales.shared;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The ERP's keys (issue 17, GLOSSARY 外部编号 {@code externalId}): records the ERP owns carry its key, and the ERP
 * addresses them by it ({@code PUT /{kind}/by-external-id/{externalId}}). One rule for every kind: the key's form, how
 * a record is found by it, how the upsert goes (found by the key, else adopted, else created; then the ERP's fields
 * applied), and how a body names another record by its key ({@code ownerExternalId}, {@code projectExternalId} …).
 *
 * <p>Every kind's entity has an attribute {@code externalId}; the entity's name is its class's simple name.
 */
public final class ExternalIds {

    /** The longest key taken. */
    public static final int LENGTH = 64;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1," + LENGTH + "}");

    private ExternalIds() {}

    /** The key as given, or a refusal naming {@code externalId} when it is not 1–64 of {@code A–Z a–z 0–9 . _ -}. */
    public static String checked(String externalId) {
        return checked("externalId", externalId);
    }

    /** The key as given, or a refusal naming {@code field}. */
    public static String checked(String field, String externalId) {
        if (externalId == null || !FORM.matcher(externalId).matches()) {
            throw new BusinessException(field, "externalId.error.form", LENGTH);
        }
        return externalId;
    }

    /** What an upsert by the ERP's key did: the record, and whether it was created (201) or found (200). */
    public record Upserted<T>(T record, boolean created) {}

    /** The record of {@code type} the ERP knows by {@code key}. */
    public static <T> Optional<T> find(EntityManager em, Class<T> type, String key) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.externalId = :key", type)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * The ERP's upsert, the same for every kind: the record with the key; else one entered here before the ERP knew
     * it ({@code adoptable}: found by its natural key — code, name, number — and still without a key of its own); else
     * a new one ({@code create}). A found or adopted record takes the key and the ERP's fields ({@code update}); the
     * flush at the end makes a refused constraint a refusal of this call. Nothing that is equal is written again, so
     * the same body twice bumps no version and writes no audit entry.
     *
     * @param create makes, stores and keys the new record
     * @param update keys the found record and applies the ERP's fields to it
     */
    public static <T> Upserted<T> upsert(
            EntityManager em,
            Class<T> type,
            String externalId,
            Supplier<Optional<T>> adoptable,
            Function<String, T> create,
            BiConsumer<T, String> update) {
        String key = checked(externalId);
        Optional<T> found = find(em, type, key).or(adoptable);
        if (found.isEmpty()) {
            T created = create.apply(key);
            em.flush();
            return new Upserted<>(created, true);
        }
        update.accept(found.get(), key);
        em.flush();
        return new Upserted<>(found.get(), false);
    }

    /**
     * The record a body names by the ERP's key in {@code field} ({@code ownerExternalId} …); {@code null} when the body
     * names none. An unknown key is refused on that field (422), as is a malformed one.
     */
    public static <T> T referenced(EntityManager em, Class<T> type, String field, String key) {
        if (key == null) {
            return null;
        }
        return find(em, type, checked(field, key))
                .orElseThrow(() -> new BusinessException(field, "externalId.error.unknown", key));
    }

    /** The records a body names by their keys in {@code field} ({@code equipmentExternalIds}), in the body's order. */
    public static <T> List<T> referencedAll(EntityManager em, Class<T> type, String field, Collection<String> keys) {
        if (keys == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>(keys);
        return distinct.stream()
                .map(key -> find(em, type, checked(field, key))
                        .orElseThrow(() -> new BusinessException(field, "externalId.error.unknown", key)))
                .toList();
    }
}
