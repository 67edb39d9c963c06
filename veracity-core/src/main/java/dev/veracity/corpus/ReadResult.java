package dev.veracity.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link CorpusReader} read.
 *
 * @param corpus the corpus's short name
 * @param documents documents in a stable order (sorted by file name or row order)
 * @param skipped rows or files left out, with reasons
 * @param sourceFiles the corpus files that were read, sorted, for provenance
 */
public record ReadResult(
    String corpus, List<LabelledDocument> documents, List<Skip> skipped, List<Path> sourceFiles) {

  /** Copies the lists. */
  public ReadResult {
    if (corpus == null || corpus.isBlank()) {
      throw new IllegalArgumentException("corpus must not be blank, got '" + corpus + "'");
    }
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
    sourceFiles = List.copyOf(sourceFiles);
  }

  /** The documents whose mapped label is {@code label}. */
  public List<LabelledDocument> labelled(Reliability label) {
    Optional<Reliability> wanted = Optional.of(label);
    return documents.stream().filter(d -> d.label().equals(wanted)).toList();
  }

  /** Document counts per original label, sorted by label. */
  public Map<String, Integer> countsByOriginalLabel() {
    Map<String, Integer> counts = new TreeMap<>();
    for (LabelledDocument d : documents) {
      counts.merge(d.originalLabel(), 1, Integer::sum);
    }
    return counts;
  }
}
