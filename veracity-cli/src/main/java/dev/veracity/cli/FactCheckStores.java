package dev.veracity.cli;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.input.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the fact-check store lives under the home directory, and how the CLI opens it. */
final class FactCheckStores {

  /** The store's folder under the home directory. */
  static final String FOLDER = "factchecks";

  /** Work done with an open store. */
  @FunctionalInterface
  interface StoreWork<T> {

    /** The work's result. */
    T apply(LuceneFactCheckStore store) throws IOException, InputException;
  }

  private FactCheckStores() {}

  /**
   * Runs {@code work} on the store opened for searching and closes it; an I/O failure becomes an
   * input error naming the store.
   */
  static <T> T read(Path home, StoreWork<T> work) throws InputException {
    try (LuceneFactCheckStore store = openForReading(home)) {
      return work.apply(store);
    } catch (IOException e) {
      throw unreadable(home, e);
    }
  }

  /**
   * Runs {@code work} on the store opened for writing (created when absent) and closes it; an I/O
   * failure becomes an input error naming the store.
   */
  static <T> T write(Path home, StoreWork<T> work) throws InputException {
    try (LuceneFactCheckStore store = openForWriting(home)) {
      return work.apply(store);
    } catch (IOException e) {
      throw unreadable(home, e);
    }
  }

  private static InputException unreadable(Path home, IOException e) {
    return new InputException(
        InputException.Code.UNREADABLE, directory(home).toString(), e.getMessage(), e);
  }

  /** The store's directory in {@code home}. */
  static Path directory(Path home) {
    return home.resolve(FOLDER);
  }

  /** The default encoder, shared by every store this process opens. */
  static SentenceEncoder encoder() {
    return EncoderHolder.ENCODER;
  }

  /** Opens the store for writing, creating it when absent. */
  static LuceneFactCheckStore openForWriting(Path home) throws InputException {
    Path dir = directory(home);
    try {
      return LuceneFactCheckStore.open(dir, encoder());
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, dir.toString(), "cannot open: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the store for searching; an absent store is an input error that says how to build one.
   */
  static LuceneFactCheckStore openForReading(Path home) throws InputException {
    Path dir = directory(home);
    return openIfPresent(home)
        .orElseThrow(
            () ->
                new InputException(
                    InputException.Code.NOT_FOUND,
                    dir.toString(),
                    "no fact-check index; build one with `veracity factchecks build-default` or"
                        + " `veracity factchecks import --format NAME PATH...`"));
  }

  /** The store for searching, when the home holds one. */
  static Optional<LuceneFactCheckStore> openIfPresent(Path home) throws InputException {
    Path dir = directory(home);
    try {
      if (!LuceneFactCheckStore.exists(dir)) {
        return Optional.empty();
      }
      return Optional.of(LuceneFactCheckStore.openReadOnly(dir, encoder()));
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, dir.toString(), "cannot open: " + e.getMessage(), e);
    }
  }

  private static final class EncoderHolder {
    static final SentenceEncoder ENCODER = new MiniLmSentenceEncoder();
  }
}
