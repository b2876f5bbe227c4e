package org.aftersales.knowledge;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the knowledge base reads text (R-K3). Every text is indexed twice, by a per-field analyzer:
 *
 * <ul>
 *   <li><b>Chinese words</b> ({@code title_words}, {@code body_words}): Lucene's smartcn analyzer, a hidden-Markov
 *       word segmenter with a dictionary, so "曝气风机出现异常振动" is read as 曝 / 气 / 风机 / 出现 / 异常 / 振动 and a search
 *       for "曝气风机 振动" matches words, not scattered characters. These fields carry the ranking by words.
 *   <li><b>English stems and Chinese bigrams</b> ({@code title}, {@code body}): the English chain of Lucene's
 *       {@link EnglishAnalyzer} — possessives, lower case, stop words, Porter stemming — so "bearing failures" finds
 *       "bearing failure" and "failed bearings"; Chinese runs become overlapping character pairs (电流 / 流偏 / 偏高).
 *       A segmenter reads a two-character query such as "电流" differently from the same word inside a sentence; the
 *       pairs still match, so no article is missed for it. These fields are stored: snippets are cut from them.
 * </ul>
 *
 * Queries are analysed with the same analyzers, field by field ({@link KnowledgeIndex}).
 */
public final class KnowledgeAnalyzers {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String TITLE_WORDS = "title_words";
    public static final String BODY_WORDS = "body_words";

    private KnowledgeAnalyzers() {}

    /** Chinese word segmentation (smartcn). */
    public static Analyzer chineseWords() {
        return new SmartChineseAnalyzer();
    }

    /** English stems and Chinese character bigrams. */
    public static Analyzer englishAndBigrams() {
        return new EnglishAndBigrams();
    }

    /** The index writer's analyzer: Chinese words for the *_words fields, English and bigrams for the others. */
    public static Analyzer perField() {
        Analyzer words = chineseWords();
        return new PerFieldAnalyzerWrapper(englishAndBigrams(), Map.of(TITLE_WORDS, words, BODY_WORDS, words));
    }

    /** {@link EnglishAnalyzer}'s chain, with CJK runs turned into bigrams first (as Lucene's CJKAnalyzer does). */
    static final class EnglishAndBigrams extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new CJKBigramFilter(result);
            result = new EnglishPossessiveFilter(result);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new CJKWidthFilter(in));
        }
    }
}
