package org.aftersales.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual vocabulary the knowledge search translates a query with (R-K3): the equipment catalogue's Chinese and
 * English names and the glossary of fault words (振动 ↔ vibration), as the administrator keeps them ({@link
 * Synonym}). A query word found here is searched in both languages, so "blower vibration" finds 罗茨鼓风机异常振动.
 *
 * <p>Immutable: the search holds one and replaces it when the list changes. Terms are compared in NFKC lower case
 * (full-width letters fold to half-width).
 */
public final class Synonyms {

    public static final Synonyms NONE = new Synonyms(List.of());

    /** Each term (normalised) with the terms of the other language it stands for. */
    private final Map<String, Set<String>> counterparts;

    /** The terms, longest first, so "roots blower" is taken before "blower". */
    private final List<String> longestFirst;

    public Synonyms(List<Pair> pairs) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            String zh = normal(pair.zh());
            String en = normal(pair.en());
            if (zh.isEmpty() || en.isEmpty()) {
                continue;
            }
            map.computeIfAbsent(zh, term -> new LinkedHashSet<>()).add(en);
            map.computeIfAbsent(en, term -> new LinkedHashSet<>()).add(zh);
        }
        this.counterparts = map;
        List<String> terms = new ArrayList<>(map.keySet());
        terms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.longestFirst = List.copyOf(terms);
    }

    /** A Chinese term and an English term that name the same thing. */
    public record Pair(String zh, String en) {}

    /** What the query text is compared in: NFKC, lower case. */
    public static String normal(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip();
    }

    /** The terms, longest first. */
    List<String> longestFirst() {
        return longestFirst;
    }

    /** The terms of the other language that {@code term} (normalised) stands for; empty when it is not listed. */
    Set<String> counterparts(String term) {
        return counterparts.getOrDefault(term, Set.of());
    }

    public int size() {
        return counterparts.size();
    }
}
