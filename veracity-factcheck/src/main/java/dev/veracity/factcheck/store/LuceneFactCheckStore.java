package dev.veracity.factcheck.store;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.Vectors;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.FactCheckMatcher;
import dev.veracity.factcheck.MatchKind;
import dev.veracity.factcheck.Rating;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Known fact-checks in a Lucene index on disk, searched by BM25 and by sentence-embedding nearest
 * neighbours, fused by reciprocal rank.
 *
 * <p>Each fact-check is one document keyed by its id: {@link #add} replaces a fact-check with the
 * same id instead of adding a second. The lexical field holds the claim and the review title,
 * analysed with Lucene's English analyzer without stop-word removal (stop words and tweet
 * signatures carry the claim's subject often enough that removing them cost accuracy); the vector
 * is the encoder's embedding of the claim. The index records which encoder built it and refuses to
 * be searched with another.
 *
 * <p>Thread-safe. A store opened with {@link #open} holds the index's write lock until {@link
 * #close}; {@link #openReadOnly} does not, and sees the index as it was when opened.
 */
public final class LuceneFactCheckStore implements FactCheckMatcher, Closeable {

  static final String ID = "id";
  static final String TEXT = "text";
  static final String VECTOR = "vector";
  static final String JSON = "json";
  static final String LANGUAGE = "language";
  static final String PUBLISHER = "publisher";
  static final String RATING = "rating";
  static final String SOURCE = "source";
  static final String REVIEW_DAY = "review_day";
  private static final String ENCODER_KEY = "veracity.encoder";
  private static final String LAYOUT_KEY = "veracity.layout";
  private static final String LAYOUT = "factchecks/1";
  private static final int BATCH = 256;
  private static final int MAX_QUERY_TERMS = 512;
  private static final int LEXICAL_TOP = 10;

  private final Path path;
  private final Directory directory;
  private final Optional<IndexWriter> writer;
  private final SearcherManager searchers;
  private final SentenceEncoder encoder;
  private final Analyzer analyzer;
  private final FusionSettings fusion;
  private final MatchCalibration calibration;
  private final int matchTop;

  private LuceneFactCheckStore(
      Path path,
      Directory directory,
      Optional<IndexWriter> writer,
      SearcherManager searchers,
      SentenceEncoder encoder,
      Analyzer analyzer) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.encoder = encoder;
    this.analyzer = analyzer;
    this.fusion = FusionSettings.DEFAULT;
    this.calibration = MatchCalibration.DEFAULT;
    this.matchTop = 3;
  }

  /**
   * Opens the store at {@code directory} for reading and writing, creating an empty one when there
   * is none.
   *
   * @throws IncompatibleIndexException when the index was built with another encoder
   * @throws IOException when the directory cannot be read or written, or is locked by another
   *     writer
   */
  public static LuceneFactCheckStore open(Path directory, SentenceEncoder encoder)
      throws IOException {
    Objects.requireNonNull(encoder, "encoder");
    Files.createDirectories(directory);
    Directory dir = FSDirectory.open(directory);
    Analyzer analyzer = analyzer();
    try {
      if (DirectoryReader.indexExists(dir)) {
        checkCompatible(directory, dir, encoder);
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setSimilarity(new BM25Similarity());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(dir, config);
      writer.setLiveCommitData(commitData(encoder).entrySet());
      writer.commit();
      SearcherManager searchers = new SearcherManager(writer, null);
      return new LuceneFactCheckStore(
          directory, dir, Optional.of(writer), searchers, encoder, analyzer);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Opens an existing store for searching only.
   *
   * @throws IncompatibleIndexException when the index was built with another encoder
   * @throws IOException when there is no index at {@code directory}, or it cannot be read
   */
  public static LuceneFactCheckStore openReadOnly(Path directory, SentenceEncoder encoder)
      throws IOException {
    Objects.requireNonNull(encoder, "encoder");
    if (!exists(directory)) {
      throw new IOException("no fact-check index in " + directory);
    }
    Directory dir = FSDirectory.open(directory);
    try {
      checkCompatible(directory, dir, encoder);
      SearcherManager searchers = new SearcherManager(dir, null);
      return new LuceneFactCheckStore(
          directory, dir, Optional.empty(), searchers, encoder, analyzer());
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Whether {@code directory} holds a fact-check index. */
  public static boolean exists(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(directory)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /**
   * Adds fact-checks, replacing those with the same id, and commits.
   *
   * @throws IllegalStateException when the store was opened read-only
   */
  public ImportCounts add(List<FactCheck> factChecks) throws IOException {
    IndexWriter w = writer.orElseThrow(() -> new IllegalStateException("store is read-only"));
    Map<String, FactCheck> unique = new LinkedHashMap<>();
    for (FactCheck f : factChecks) {
      unique.put(f.id(), f);
    }
    Set<String> existing = existingIds(unique.keySet());
    List<FactCheck> all = new ArrayList<>(unique.values());
    for (int from = 0; from < all.size(); from += BATCH) {
      List<FactCheck> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      List<float[]> vectors = encoder.encodeAll(batch.stream().map(FactCheck::claim).toList());
      for (int i = 0; i < batch.size(); i++) {
        FactCheck f = batch.get(i);
        w.updateDocument(new Term(ID, f.id()), document(f, vectors.get(i)));
      }
    }
    w.commit();
    searchers.maybeRefreshBlocking();
    int updated = existing.size();
    return new ImportCounts(all.size() - updated, updated);
  }

  /**
   * The BM25 and the embedding candidate lists of a text, {@code depth} each, unfused, by
   * fact-check id.
   */
  public Rankings rankings(String text, int depth) throws IOException {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
    float[] queryVector = encoder.encode(text);
    IndexSearcher searcher = searchers.acquire();
    try {
      StoredFields stored = searcher.storedFields();
      TopDocs lexical = searcher.search(lexicalQuery(terms(text), Optional.empty()), depth);
      TopDocs semantic =
          searcher.search(new KnnFloatVectorQuery(VECTOR, queryVector, depth), depth);
      List<String> lexicalIds = new ArrayList<>();
      List<Double> lexicalScores = new ArrayList<>();
      for (ScoreDoc sd : lexical.scoreDocs) {
        lexicalIds.add(read(stored, sd.doc).id());
        lexicalScores.add((double) sd.score);
      }
      List<String> semanticIds = new ArrayList<>();
      List<Double> cosines = new ArrayList<>();
      for (ScoreDoc sd : semantic.scoreDocs) {
        semanticIds.add(read(stored, sd.doc).id());
        // Lucene scores DOT_PRODUCT as (1 + dot) / 2.
        cosines.add(2.0 * sd.score - 1);
      }
      return new Rankings(lexicalIds, lexicalScores, semanticIds, cosines);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The fact-check with this id, if stored. */
  public Optional<FactCheck> get(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(read(searcher.storedFields(), top.scoreDocs[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  /** How many fact-checks the store holds. */
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The best fact-checks for a text, best first, each with its cosine similarity and, from the
   * calibration, the probability that it reviews the same claim. Returns the {@code top} best
   * regardless of the match threshold.
   */
  public List<FactCheckMatch> search(String text, SearchOptions options) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    int depth = Math.max(fusion.depth(), options.top());
    float[] queryVector = encoder.encode(text);
    List<String> queryTerms = terms(text);
    IndexSearcher searcher = searchers.acquire();
    try {
      Optional<Query> filter = filterQuery(options.filter());
      List<Integer> lexical =
          options.mode() == SearchMode.SEMANTIC
              ? List.of()
              : docs(searcher.search(lexicalQuery(queryTerms, filter), depth));
      List<Integer> semantic =
          options.mode() == SearchMode.LEXICAL
              ? List.of()
              : docs(
                  searcher.search(
                      new KnnFloatVectorQuery(VECTOR, queryVector, depth, filter.orElse(null)),
                      depth));
      List<Integer> ranked = fuse(lexical, semantic, options.mode());
      List<FactCheckMatch> matches = new ArrayList<>();
      Set<Integer> lexicalTop =
          new HashSet<>(lexical.subList(0, Math.min(LEXICAL_TOP, lexical.size())));
      Map<String, String> surface = surfaceForms(text);
      StoredFields stored = searcher.storedFields();
      for (int doc : ranked.subList(0, Math.min(options.top(), ranked.size()))) {
        FactCheck f = read(stored, doc);
        double cosine = Vectors.dot(queryVector, vector(searcher, doc));
        Set<MatchKind> by = EnumSet.noneOf(MatchKind.class);
        if (lexical.contains(doc)) {
          by.add(MatchKind.LEXICAL);
        }
        if (semantic.contains(doc)) {
          by.add(MatchKind.SEMANTIC);
        }
        Set<String> docTerms = new HashSet<>(terms(lexicalText(f)));
        List<String> shared =
            surface.entrySet().stream()
                .filter(e -> docTerms.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .distinct()
                .toList();
        double p = calibration.probability(cosine, lexicalTop.contains(doc));
        matches.add(
            new FactCheckMatch(
                f,
                matches.size() + 1,
                Math.max(-1, Math.min(1, cosine)),
                Optional.of(p),
                by,
                shared));
      }
      return matches;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The fact-checks whose calibrated match probability reaches the threshold, best first, at most
   * three, the same review imported twice shown once ({@link DuplicateClaims}).
   *
   * @throws UncheckedIOException when the index cannot be read
   */
  @Override
  public List<FactCheckMatch> match(String claim) {
    try {
      List<FactCheckMatch> candidates =
          DuplicateClaims.collapse(search(claim, SearchOptions.fused(matchTop * 3)));
      List<FactCheckMatch> matches = new ArrayList<>();
      for (FactCheckMatch m : candidates) {
        if (matches.size() < matchTop && m.probability().orElse(0.0) >= calibration.threshold()) {
          matches.add(
              new FactCheckMatch(
                  m.factCheck(),
                  matches.size() + 1,
                  m.similarity(),
                  m.probability(),
                  m.matchedBy(),
                  m.matchedWords()));
        }
      }
      return matches;
    } catch (IOException e) {
      throw new UncheckedIOException("fact-check index " + path + " is unreadable", e);
    }
  }

  @Override
  public String describe() {
    String count;
    try {
      count = String.valueOf(size());
    } catch (IOException e) {
      count = "?";
    }
    return "LuceneFactCheckStore["
        + path
        + ", "
        + count
        + " fact-checks, BM25 + "
        + encoder.name()
        + ", RRF k="
        + (int) fusion.k()
        + ", match p >= "
        + calibration.threshold()
        + "]";
  }

  /** Counts of what the store holds. */
  public StoreStats stats() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, Integer> bySource = new HashMap<>();
      Map<String, Integer> byPublisher = new HashMap<>();
      Map<String, Integer> byRating = new HashMap<>();
      Map<String, Integer> byLanguage = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, size()));
      for (ScoreDoc sd : all.scoreDocs) {
        FactCheck f = read(stored, sd.doc);
        bySource.merge(f.source(), 1, Integer::sum);
        byPublisher.merge(f.reviewer(), 1, Integer::sum);
        byRating.merge(f.rating().id(), 1, Integer::sum);
        byLanguage.merge(f.language(), 1, Integer::sum);
      }
      return new StoreStats(
          path.toString(),
          all.scoreDocs.length,
          bytesOnDisk(),
          encoder.provenance(),
          bySource,
          byPublisher,
          byRating,
          byLanguage);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The index files' total size in bytes. */
  public long bytesOnDisk() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
        total += directory.fileLength(file);
      }
    }
    return total;
  }

  /** The encoder whose vectors the index holds. */
  public SentenceEncoder encoder() {
    return encoder;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer.isPresent()) {
        writer.get().close();
      }
    } finally {
      directory.close();
    }
  }

  @Override
  public String toString() {
    return describe();
  }

  /** The analysed terms of a text, in order, repeats kept, as the lexical field indexes them. */
  List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** Each analysed term of the text mapped to the first word it came from, in text order. */
  private Map<String, String> surfaceForms(String text) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  private static Analyzer analyzer() {
    return new EnglishAnalyzer(CharArraySet.EMPTY_SET);
  }

  private static Map<String, String> commitData(SentenceEncoder encoder) {
    return Map.of(ENCODER_KEY, encoder.name() + "/" + encoder.dimension(), LAYOUT_KEY, LAYOUT);
  }

  private static void checkCompatible(Path path, Directory dir, SentenceEncoder encoder)
      throws IOException {
    Map<String, String> data;
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      data = reader.getIndexCommit().getUserData();
    }
    Map<String, String> expected = commitData(encoder);
    if (!expected.get(LAYOUT_KEY).equals(data.get(LAYOUT_KEY))) {
      throw new IncompatibleIndexException(
          path + " is not a Veracity fact-check index (layout " + data.get(LAYOUT_KEY) + ")");
    }
    if (!expected.get(ENCODER_KEY).equals(data.get(ENCODER_KEY))) {
      throw new IncompatibleIndexException(
          path
              + " was built with encoder "
              + data.get(ENCODER_KEY)
              + ", not "
              + expected.get(ENCODER_KEY)
              + "; rebuild it");
    }
  }

  private Set<String> existingIds(Set<String> ids) throws IOException {
    Set<String> found = new HashSet<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (String id : ids) {
        if (searcher.count(new TermQuery(new Term(ID, id))) > 0) {
          found.add(id);
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return found;
  }

  private static String lexicalText(FactCheck f) {
    return f.title().map(t -> f.claim() + "\n" + t).orElse(f.claim());
  }

  private Document document(FactCheck f, float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(ID, f.id(), Field.Store.NO));
    doc.add(new TextField(TEXT, lexicalText(f), Field.Store.NO));
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new StoredField(JSON, FactCheckJson.write(f)));
    doc.add(
        new StringField(LANGUAGE, f.language().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
    doc.add(new StringField(PUBLISHER, FactCheckFilter.key(f.reviewer()), Field.Store.NO));
    doc.add(new StringField(RATING, f.rating().id(), Field.Store.NO));
    doc.add(new StringField(SOURCE, f.source(), Field.Store.NO));
    f.reviewDate().ifPresent(d -> doc.add(new LongPoint(REVIEW_DAY, d.toEpochDay())));
    return doc;
  }

  private static FactCheck read(StoredFields stored, int doc) throws IOException {
    return FactCheckJson.read(stored.document(doc).get(JSON));
  }

  private static float[] vector(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
    int local = doc - leaf.docBase;
    if (values == null || values.advance(local) != local) {
      throw new IncompatibleIndexException("document " + doc + " has no vector");
    }
    return values.vectorValue().clone();
  }

  private Query lexicalQuery(List<String> queryTerms, Optional<Query> filter) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String t : queryTerms) {
      if (counts.size() < MAX_QUERY_TERMS || counts.containsKey(t)) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Query q = new TermQuery(new Term(TEXT, e.getKey()));
      b.add(e.getValue() == 1 ? q : new BoostQuery(q, e.getValue()), BooleanClause.Occur.SHOULD);
    }
    filter.ifPresent(f -> b.add(f, BooleanClause.Occur.FILTER));
    return b.build();
  }

  private static Optional<Query> filterQuery(FactCheckFilter filter) {
    if (filter.isAny()) {
      return Optional.empty();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    filter
        .language()
        .ifPresent(l -> b.add(new TermQuery(new Term(LANGUAGE, l)), BooleanClause.Occur.FILTER));
    filter
        .publisher()
        .ifPresent(p -> b.add(new TermQuery(new Term(PUBLISHER, p)), BooleanClause.Occur.FILTER));
    if (!filter.ratings().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Rating r : filter.ratings()) {
        any.add(new TermQuery(new Term(RATING, r.id())), BooleanClause.Occur.SHOULD);
      }
      b.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (filter.reviewedFrom().isPresent() || filter.reviewedTo().isPresent()) {
      long from = filter.reviewedFrom().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long to = filter.reviewedTo().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery(REVIEW_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    return Optional.of(b.build());
  }

  private static List<Integer> docs(TopDocs top) {
    return Stream.of(top.scoreDocs).map(sd -> sd.doc).toList();
  }

  private List<Integer> fuse(List<Integer> lexical, List<Integer> semantic, SearchMode mode) {
    if (mode == SearchMode.LEXICAL) {
      return lexical;
    }
    if (mode == SearchMode.SEMANTIC) {
      return semantic;
    }
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < lexical.size(); i++) {
      scores.merge(lexical.get(i), fusion.lexicalWeight() / (fusion.k() + i + 1), Double::sum);
    }
    for (int i = 0; i < semantic.size(); i++) {
      scores.merge(semantic.get(i), fusion.semanticWeight() / (fusion.k() + i + 1), Double::sum);
    }
    List<Map.Entry<Integer, Double>> entries = new ArrayList<>(scores.entrySet());
    // Stable sort: ties keep the lexical list's order, then the semantic list's.
    entries.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    return entries.stream().map(Map.Entry::getKey).toList();
  }
}
