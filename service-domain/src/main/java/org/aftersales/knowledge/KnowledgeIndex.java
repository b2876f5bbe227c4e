package org.aftersales.knowledge;

import static org.aftersales.knowledge.KnowledgeAnalyzers.BODY;
import static org.aftersales.knowledge.KnowledgeAnalyzers.BODY_WORDS;
import static org.aftersales.knowledge.KnowledgeAnalyzers.TITLE;
import static org.aftersales.knowledge.KnowledgeAnalyzers.TITLE_WORDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The full-text index of the knowledge base (R-K3): Lucene, one index per application instance, always rebuilt from
 * the database (at start-up or on demand) and updated after every save — the database stays the only truth, so the
 * index may live in memory (default) or in a scratch directory and be thrown away at any time.
 *
 * <p>Ranking is Lucene's BM25 over the Chinese-word fields and the English-and-bigram fields ({@link
 * KnowledgeAnalyzers}); the title counts twice. A hit holds at least a share of the query's terms — all of one or two,
 * two thirds of more ({@link #words}) — so a nonsense query finds nothing; among the hits a text with more of the
 * terms — "曝气风机出现异常振动" for "曝气风机 振动" — ranks above one with fewer. A term is found in either language through
 * the vocabulary ({@link Synonyms}): the translation happens when the query is made, not in the index, so a changed
 * vocabulary needs no rebuild and every instance fed from the same database searches alike. Filters (type, kind, discipline, equipment, project) restrict without
 * scoring. Snippets come from Lucene's unified highlighter, as text fragments with the matched words marked; the
 * caller renders them (escaped).
 *
 * <p>Thread-safe: searches run concurrently on near-real-time searchers; writes are serialised. A rebuild fills a
 * fresh index while searches go on against the old one, replays the updates that came in meanwhile, and swaps.
 */
public final class KnowledgeIndex implements AutoCloseable {

    /** Up to this many hits are counted exactly; beyond it the total is a lower bound. */
    public static final int EXACT_COUNT_LIMIT = 1000;

    public static final int SNIPPET_LENGTH = 160;

    private static final String UID = "uid";
    private static final String TYPE = "type";
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String DISCIPLINE = "discipline";
    private static final String EQUIPMENT = "equipment";
    private static final String PROJECT = "project";
    private static final String LABEL = "label";
    private static final float TITLE_BOOST = 2.0f;

    /** The stored text fields: positions and offsets in the postings, so the highlighter need not re-analyse. */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
    }

    private final Path folder;
    private final Analyzer analyzer = KnowledgeAnalyzers.perField();
    private final Analyzer words = KnowledgeAnalyzers.chineseWords();
    private final Analyzer englishAndBigrams = KnowledgeAnalyzers.englishAndBigrams();
    private final AtomicLong generation = new AtomicLong();
    private final Object writeLock = new Object();

    private volatile Generation current;
    private volatile Synonyms synonyms = Synonyms.NONE;
    /** Updates that arrive while a rebuild runs, replayed onto the new index before it is swapped in. */
    private Map<String, IndexedText> pendingDuringRebuild;

    private Set<String> removedDuringRebuild;

    private KnowledgeIndex(Path folder) {
        this.folder = folder;
        this.current = open();
    }

    /** An index in memory: fine for the thousands of articles of a company; rebuilt at each start. */
    public static KnowledgeIndex inMemory() {
        return new KnowledgeIndex(null);
    }

    /** An index in a scratch folder of its own (memory-mapped), for very large knowledge bases. */
    public static KnowledgeIndex inFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnowledgeIndex(folder);
    }

    /** Adds a record, or replaces what the index held of it. Visible to the next search. */
    public void put(IndexedText text) {
        synchronized (writeLock) {
            current.put(text);
            if (pendingDuringRebuild != null) {
                pendingDuringRebuild.put(text.uid(), text);
                removedDuringRebuild.remove(text.uid());
            }
        }
    }

    public void remove(String uid) {
        synchronized (writeLock) {
            current.remove(uid);
            if (pendingDuringRebuild != null) {
                pendingDuringRebuild.remove(uid);
                removedDuringRebuild.add(uid);
            }
        }
    }

    /**
     * Replaces the whole index by {@code all} (typically read from the database page by page). Searches keep using
     * the old index until the new one is complete; updates made meanwhile are applied to both.
     */
    public void rebuild(Iterable<IndexedText> all) {
        synchronized (writeLock) {
            pendingDuringRebuild = new LinkedHashMap<>();
            removedDuringRebuild = new LinkedHashSet<>();
        }
        Generation fresh = open();
        try {
            for (IndexedText text : all) {
                fresh.add(text);
            }
            synchronized (writeLock) {
                pendingDuringRebuild.values().forEach(fresh::put);
                removedDuringRebuild.forEach(fresh::remove);
                fresh.refresh();
                Generation old = current;
                current = fresh;
                old.close();
            }
        } catch (RuntimeException failed) {
            fresh.close();
            throw failed;
        } finally {
            synchronized (writeLock) {
                pendingDuringRebuild = null;
                removedDuringRebuild = null;
            }
        }
    }

    /** How many records the index holds. */
    public int size() {
        return current.size();
    }

    /** The hits {@code offset … offset + size} of a search, best first; no words, no hits. */
    public KnowledgeResult search(KnowledgeQuery query, int offset, int size) {
        Query words = words(query.text());
        if (words == null) {
            return KnowledgeResult.NONE;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, Occur.MUST);
        filter(filtered, TYPE, query.type() == null ? null : query.type().name());
        filter(filtered, KIND, query.kind());
        filter(
                filtered,
                DISCIPLINE,
                query.discipline() == null ? null : query.discipline().name());
        filter(filtered, EQUIPMENT, normalEquipment(query.equipment()));
        filter(
                filtered,
                PROJECT,
                query.projectId() == null ? null : query.projectId().toString());
        return current.search(filtered.build(), Math.max(0, offset), Math.max(1, size));
    }

    @Override
    public void close() {
        current.close();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** The vocabulary queries are translated with from now on (the administrator changed the list). */
    public void useSynonyms(Synonyms newSynonyms) {
        this.synonyms = newSynonyms == null ? Synonyms.NONE : newSynonyms;
    }

    /**
     * The query of a text, with its relevance floor: each term of the text ({@link QueryTerms}) is found when one of
     * its words — itself or a name of it in the other language — occurs in the title or the body, as a word (Chinese
     * segmenter) or as a run of characters (bigrams, English stems); a record is a hit only when it holds at least
     * {@link #required} of the terms. Null without terms.
     */
    Query words(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<QueryTerms.Term> terms = QueryTerms.of(text, synonyms, words);
        BooleanQuery.Builder floor = new BooleanQuery.Builder();
        int clauses = 0;
        for (QueryTerms.Term term : terms) {
            List<Query> alternatives = new ArrayList<>();
            for (String alternative : term.alternatives()) {
                Query found = anyField(alternative);
                if (found != null) {
                    alternatives.add(found);
                }
            }
            if (!alternatives.isEmpty()) {
                floor.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        return floor.setMinimumNumberShouldMatch(required(clauses)).build();
    }

    /**
     * How many of a query's terms a hit must hold: all of one or two, two thirds (rounded up) of more — so a long
     * question is not lost for one word the article words differently, and a nonsense query finds nothing.
     */
    static int required(int terms) {
        return terms <= 2 ? terms : (int) Math.ceil(terms * 2.0 / 3.0);
    }

    /** One word in the title (double weight) or the body, as a Chinese word or as bigrams / English stems. */
    private Query anyField(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String[] fields : new String[][] {{TITLE_WORDS, BODY_WORDS}, {TITLE, BODY}}) {
            Analyzer fieldAnalyzer = TITLE_WORDS.equals(fields[0]) ? words : englishAndBigrams;
            Query title = allTerms(fieldAnalyzer, fields[0], word);
            Query body = allTerms(fieldAnalyzer, fields[1], word);
            if (title != null && body != null) {
                any.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
                any.add(body, Occur.SHOULD);
                clauses += 2;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /**
     * The word as the field's analyzer reads it: one term, or all of its terms (a Chinese word of three characters is
     * two bigrams, "roots blower" two stems); null if none. All terms rather than a phrase: neither the scorer nor the
     * highlighter needs positions, and two bigrams of one word found apart in one short text are rare enough.
     */
    private static Query allTerms(Analyzer analyzer, String field, String word) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Term single = null;
        Set<String> seen = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() == 0 || isPunctuation(term)) {
                    continue;
                }
                if (field.endsWith("_words") && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(term.toString())) {
                    continue; // smartcn keeps English stop words; the English chain drops them
                }
                if (seen.add(term.toString())) {
                    single = new Term(field, term.toString());
                    all.add(new TermQuery(single), Occur.MUST);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (seen.isEmpty()) {
            return null;
        }
        return seen.size() == 1 ? new TermQuery(single) : all.build();
    }

    private static boolean isPunctuation(CharSequence term) {
        return term.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static String normalEquipment(String equipment) {
        return equipment == null || equipment.isBlank()
                ? null
                : equipment.strip().toLowerCase(Locale.ROOT);
    }

    private Generation open() {
        try {
            Path path = folder == null ? null : folder.resolve("generation-" + generation.incrementAndGet());
            Directory directory = path == null ? new ByteBuffersDirectory() : new MMapDirectory(path);
            return new Generation(directory, analyzer, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One physical index: a directory, its writer and its near-real-time searchers. */
    private static final class Generation {

        private final Directory directory;
        private final IndexWriter writer;
        private final SearcherManager searchers;
        private final Analyzer analyzer;
        /** The scratch folder of a memory-mapped generation, deleted when it is closed; null in memory. */
        private final Path path;

        Generation(Directory directory, Analyzer analyzer, Path path) throws IOException {
            this.directory = directory;
            this.analyzer = analyzer;
            this.path = path;
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        }

        void add(IndexedText text) {
            try {
                writer.updateDocument(new Term(UID, text.uid()), document(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void put(IndexedText text) {
            add(text);
            refresh();
        }

        void remove(String uid) {
            try {
                writer.deleteDocuments(new Term(UID, uid));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            refresh();
        }

        void refresh() {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int size() {
            try {
                IndexSearcher searcher = searchers.acquire();
                try {
                    return searcher.getIndexReader().numDocs();
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        KnowledgeResult search(Query query, int offset, int size) {
            try {
                IndexSearcher searcher = searchers.acquire();
                try {
                    TopDocs top = searcher.search(query, offset + size);
                    ScoreDoc[] page = java.util.Arrays.copyOfRange(
                            top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
                    List<KnowledgeHit> hits = hits(searcher, query, page);
                    boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
                    return new KnowledgeResult(hits, top.totalHits.value, exact);
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<KnowledgeHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
            if (page.length == 0) {
                return List.of();
            }
            int[] docIds = new int[page.length];
            for (int i = 0; i < page.length; i++) {
                docIds[i] = page[i].doc;
            }
            FragmentHighlighter highlighter = new FragmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH / 2, 0.5f))
                    .withMaxLength(10_000));
            Map<String, Object[]> snippets = highlighter.fragments(BODY, query, docIds, 2);
            Object[] bodies = snippets.get(BODY);
            List<KnowledgeHit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                Document stored = searcher.storedFields().document(page[i].doc);
                @SuppressWarnings("unchecked")
                List<KnowledgeHit.Fragment> snippet = bodies[i] instanceof List<?> fragments
                        ? (List<KnowledgeHit.Fragment>) fragments
                        : beginning(stored.get(BODY));
                hits.add(new KnowledgeHit(
                        SearchableType.valueOf(stored.get(TYPE)),
                        stored.getField(ID).numericValue().longValue(),
                        stored.get(KIND),
                        stored.get(DISCIPLINE),
                        stored.get(PROJECT) == null ? null : Long.valueOf(stored.get(PROJECT)),
                        stored.get(TITLE),
                        stored.get(LABEL),
                        page[i].score,
                        snippet));
            }
            return hits;
        }

        private static List<KnowledgeHit.Fragment> beginning(String body) {
            if (body == null) {
                return List.of();
            }
            String start = body.length() > SNIPPET_LENGTH ? body.substring(0, SNIPPET_LENGTH) + "…" : body;
            return List.of(new KnowledgeHit.Fragment(start.replace('\n', ' '), false));
        }

        private static Document document(IndexedText text) {
            Document document = new Document();
            document.add(new StringField(UID, text.uid(), Field.Store.YES));
            document.add(new StringField(TYPE, text.type().name(), Field.Store.YES));
            document.add(new StoredField(ID, text.id()));
            keyword(document, KIND, text.kind());
            keyword(document, DISCIPLINE, text.discipline());
            keyword(document, EQUIPMENT, normalEquipment(text.equipment()));
            keyword(
                    document,
                    PROJECT,
                    text.projectId() == null ? null : text.projectId().toString());
            if (text.label() != null) {
                document.add(new StoredField(LABEL, text.label()));
            }
            String title = text.title() == null ? "" : text.title();
            String body = text.body() == null ? "" : text.body();
            document.add(new Field(TITLE, title, HIGHLIGHTED_TEXT));
            document.add(new Field(BODY, body, HIGHLIGHTED_TEXT));
            document.add(new TextField(TITLE_WORDS, title, Field.Store.NO));
            document.add(new TextField(BODY_WORDS, body, Field.Store.NO));
            return document;
        }

        private static void keyword(Document document, String field, String value) {
            if (value != null && !value.isBlank()) {
                document.add(new StringField(field, value, Field.Store.YES));
            }
        }

        void close() {
            try {
                searchers.close();
                writer.rollback();
                directory.close();
                if (path != null) {
                    try (var files = Files.walk(path)) {
                        for (Path file : files.sorted(java.util.Comparator.reverseOrder())
                                .toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The unified highlighter, asked for its passages as objects (fragments) rather than as HTML strings. */
    private static final class FragmentHighlighter extends UnifiedHighlighter {

        FragmentHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder.withFormatter(new FragmentFormatter()));
        }

        Map<String, Object[]> fragments(String field, Query query, int[] docIds, int passages) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages});
        }
    }

    /** Turns the highlighter's passages into fragments: text, with the matched words marked. */
    private static final class FragmentFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<KnowledgeHit.Fragment> fragments = new ArrayList<>();
            int previousEnd = -1;
            for (Passage passage : passages) {
                if (previousEnd >= 0) {
                    fragments.add(new KnowledgeHit.Fragment(" … ", false));
                } else if (passage.getStartOffset() > 0) {
                    fragments.add(new KnowledgeHit.Fragment("…", false));
                }
                int position = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    int end = passage.getMatchEnds()[i];
                    if (start < position) {
                        start = position;
                    }
                    if (start > position) {
                        fragments.add(plain(content.substring(position, start)));
                    }
                    if (end > start) {
                        fragments.add(new KnowledgeHit.Fragment(content.substring(start, end), true));
                        position = end;
                    }
                }
                if (position < passage.getEndOffset()) {
                    fragments.add(plain(content.substring(position, passage.getEndOffset())));
                }
                previousEnd = passage.getEndOffset();
            }
            if (previousEnd >= 0 && previousEnd < content.length()) {
                fragments.add(new KnowledgeHit.Fragment("…", false));
            }
            return merge(fragments);
        }

        private static KnowledgeHit.Fragment plain(String text) {
            return new KnowledgeHit.Fragment(text.replace('\n', ' '), false);
        }

        /** Adjacent matched words ("曝气" + "风机") read as one marked phrase. */
        private static List<KnowledgeHit.Fragment> merge(List<KnowledgeHit.Fragment> fragments) {
            List<KnowledgeHit.Fragment> merged = new ArrayList<>();
            for (KnowledgeHit.Fragment fragment : fragments) {
                int last = merged.size() - 1;
                if (last >= 0 && merged.get(last).match() == fragment.match()) {
                    merged.set(
                            last,
                            new KnowledgeHit.Fragment(merged.get(last).text() + fragment.text(), fragment.match()));
                } else {
                    merged.add(fragment);
                }
            }
            return merged;
        }
    }
}
