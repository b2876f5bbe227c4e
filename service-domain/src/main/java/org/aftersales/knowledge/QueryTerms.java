package org.aftersales.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The terms of a query, each with the words that count as finding it (R-K3): the term itself and, when the
 * vocabulary ({@link Synonyms}) lists it, its names in the other language. The relevance floor counts these terms:
 * "风机振动" has two (风机, 振动), "blower vibration" two (blower → 鼓风机 / 风机, vibration → 振动),
 * "xyzzy不存在的词" four (xyzzy, 不, 存在, 词 — 的 says nothing).
 *
 * <p>How a query is cut: first the vocabulary's terms, longest first ("roots blower" before "blower"; English ones
 * only as whole words, a plural s/es allowed); Chinese runs of the rest by the word segmenter, where a run of single
 * characters it could not place ("曝气" read as 曝 / 气) is taken back together as one term; other runs as words.
 */
final class QueryTerms {

    /** Words that carry no meaning of their own in a search, as the segmenter returns them. */
    static final Set<String> CHINESE_STOP_WORDS = Set.of(
            "的", "了", "和", "与", "及", "或", "在", "是", "有", "把", "被", "对", "等", "也", "都", "就", "而", "之", "其", "这", "那",
            "个", "为", "着", "吗", "呢", "吧", "啊", "时");

    /** More terms than this in one query are not read (a pasted paragraph is not a search). */
    static final int MAX_TERMS = 32;

    /** One term of the query: its text as typed and the words that find it (itself included). */
    record Term(String text, Set<String> alternatives) {}

    private QueryTerms() {}

    static List<Term> of(String query, Synonyms synonyms, Analyzer words) {
        String text = Synonyms.normal(query);
        if (text.length() > KnowledgeQuery.MAX_TEXT_LENGTH) {
            text = text.substring(0, KnowledgeQuery.MAX_TEXT_LENGTH);
        }
        List<Term> terms = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (String listed : synonyms.longestFirst()) {
            int from = 0;
            while ((from = text.indexOf(listed, from)) >= 0) {
                int end = wholeWordEnd(text, listed, from);
                if (end >= 0 && free(taken, from, end)) {
                    Set<String> alternatives = new LinkedHashSet<>();
                    alternatives.add(listed);
                    alternatives.addAll(synonyms.counterparts(listed));
                    terms.add(new Term(text.substring(from, end), alternatives));
                    for (int i = from; i < end; i++) {
                        taken[i] = true;
                    }
                }
                from = from + listed.length();
            }
        }
        char[] rest = text.toCharArray();
        for (int i = 0; i < rest.length; i++) {
            if (taken[i]) {
                rest[i] = ' ';
            }
        }
        terms.addAll(segmented(new String(rest), words));
        return dedupe(terms);
    }

    /** Where {@code listed} found at {@code from} ends as a whole word (with a plural ending), or -1 if it does not. */
    private static int wholeWordEnd(String text, String listed, int from) {
        int end = from + listed.length();
        if (!isLatin(listed)) {
            return end;
        }
        if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            return -1;
        }
        for (String ending : new String[] {"", "s", "es"}) {
            int withEnding = end + ending.length();
            if (text.startsWith(ending, end)
                    && (withEnding == text.length() || !Character.isLetterOrDigit(text.charAt(withEnding)))) {
                return withEnding;
            }
        }
        return -1;
    }

    private static boolean isLatin(String term) {
        return term.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
    }

    private static boolean free(boolean[] taken, int from, int end) {
        for (int i = from; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of what the vocabulary did not take: Chinese runs by the segmenter, its stray single characters joined
     * again; other runs (English words, codes such as BLW-R or XSS7) split at what is neither letter nor digit, as the
     * English analyzer reads them — the segmenter would cut "xyz7v" into xyz / 7 / v.
     */
    private static List<Term> segmented(String text, Analyzer words) {
        List<Term> terms = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean han = isCjk(text.codePointAt(start));
            int end = start;
            while (end < text.length() && isCjk(text.codePointAt(end)) == han) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(start, end);
            terms.addAll(han ? chineseWords(run, words) : otherWords(run));
            start = end;
        }
        return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    }

    private static List<Term> otherWords(String run) {
        List<Term> terms = new ArrayList<>();
        for (String word : run.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                terms.add(new Term(word, Set.of(word)));
            }
        }
        return terms;
    }

    private static List<Term> chineseWords(String text, Analyzer words) {
        List<Term> terms = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        try (TokenStream tokens = words.tokenStream(KnowledgeAnalyzers.BODY_WORDS, text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = text.substring(offset.startOffset(), offset.endOffset());
                if (word.isBlank() || word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                if (CHINESE_STOP_WORDS.contains(word)) {
                    runEnd = flush(run, terms);
                    continue;
                }
                boolean single = word.codePointCount(0, word.length()) == 1;
                if (single && (run.isEmpty() || runEnd == offset.startOffset())) {
                    run.append(word);
                    runEnd = offset.endOffset();
                    continue;
                }
                runEnd = flush(run, terms);
                if (single) {
                    run.append(word);
                    runEnd = offset.endOffset();
                } else {
                    terms.add(new Term(word, Set.of(word)));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(run, terms);
        return terms;
    }

    private static int flush(StringBuilder run, List<Term> terms) {
        if (!run.isEmpty()) {
            terms.add(new Term(run.toString(), Set.of(run.toString())));
            run.setLength(0);
        }
        return -1;
    }

    private static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** A word typed twice counts once. */
    private static List<Term> dedupe(List<Term> terms) {
        List<Term> distinct = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Term term : terms) {
            if (seen.add(term.text())) {
                distinct.add(term);
            }
        }
        return distinct;
    }
}
