package io.experiencelake.tailor;

import io.experiencelake.render.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Turns text into terms with Lucene's analysis: the standard tokenizer, English possessives
 * removed, lowercase, stop words removed (Lucene's English list, the Snowball project's English
 * list that Lucene ships, and the boilerplate of job ads),
 * the Porter stemmer (so {@code migrating} and {@code migration} both become {@code migrat}), then
 * every word and every pair of adjacent words (a shingle filter). A pair that would span a removed
 * stop word is dropped, so {@code infrastructure as code} gives {@code infrastructur} and
 * {@code code} but no pair.
 *
 * <p>Deterministic: the same text always gives the same terms in the same order, whatever the
 * default locale.
 */
final class TermAnalysis {

  /** The Snowball English stop list (pronouns, auxiliaries, prepositions: "so", "after", "own"…), shipped in Lucene. */
  private static final String SNOWBALL_ENGLISH = "english_stop.txt";

  /** Words of job ads that say nothing about the work, removed beside the two stop lists. */
  private static final List<String> BOILERPLATE = List.of(
      "us", "can", "must", "may", "might", "shall", "etc", "e.g", "i.e", "also", "well", "able", "ability",
      "looking", "join", "plus", "including", "within", "across", "strong", "excellent", "good", "great",
      "role", "team", "teams", "work", "working", "experience", "experienced", "years", "year", "skills",
      "skill", "knowledge", "understanding", "familiarity", "candidate", "ideal", "responsibilities",
      "requirements", "preferred", "nice", "bonus", "essential", "desirable", "keep", "make", "help");

  private static final CharArraySet STOP_WORDS = stopWords();

  /** Lucene's filler for a position left empty by a removed stop word, inside a shingle. */
  private static final String FILLER = "_";

  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new EnglishPossessiveFilter(source);
      stream = new LowerCaseFilter(stream);
      stream = new StopFilter(stream, STOP_WORDS);
      stream = new PorterStemFilter(stream);
      ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
      shingles.setOutputUnigrams(true);
      shingles.setFillerToken(FILLER);
      return new TokenStreamComponents(source, shingles);
    }
  };

  private TermAnalysis() {}

  /** The terms of {@code text}, in the order the analysis gives them (a word, then the pair it starts). */
  static List<Term> terms(String text) {
    List<Term> out = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String key = term.toString();
        if (spansAHole(key)) {
          continue;
        }
        // A pair's surface holds whatever stood between its words: on one line, with no control character.
        String surface = PlainText.oneLine(text.substring(offset.startOffset(), offset.endOffset())).toLowerCase(Locale.ROOT);
        out.add(new Term(key, surface));
      }
      stream.end();
    } catch (IOException e) {
      // Reading from a String never fails; a failure here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whether {@code key} is a pair with a removed stop word's filler in it. */
  private static boolean spansAHole(String key) {
    for (String part : key.split(" ", -1)) {
      if (part.isEmpty() || part.equals(FILLER)) {
        return true;
      }
    }
    return false;
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    try (InputStream in = SnowballFilter.class.getResourceAsStream(SNOWBALL_ENGLISH)) {
      if (in == null) {
        throw new IllegalStateException("Lucene's " + SNOWBALL_ENGLISH + " is missing from lucene-analysis-common");
      }
      set.addAll(WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    set.addAll(BOILERPLATE);
    return CharArraySet.unmodifiableSet(set);
  }
}
