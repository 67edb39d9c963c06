package dev.veracity.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the BuzzFeed-Webis Fake News Corpus 2016 (Potthast et al., ACL 2018): one XML file per
 * article under {@code articles/}.
 *
 * <p>The body is {@code mainText} with its annotated paragraphs separated by blank lines (the
 * corpus joins them with single spaces). The group is the portal: the corpus leaks labels through
 * the 9 portals, so evaluate with leave-one-portal-out splits. Default labels follow the paper's
 * fake-news task: "mostly true" is reliable, "mostly false" and "mixture of true and false" are
 * unreliable, "no factual content" is left unmapped.
 */
public final class BuzzFeedWebisReader implements CorpusReader {

  /** The corpus's short name. */
  public static final String NAME = "buzzfeed-webis-2016";

  private static final LabelMap DEFAULT_LABELS =
      new LabelMap(
          Map.of(
              "mostly true", Reliability.RELIABLE,
              "mixture of true and false", Reliability.UNRELIABLE,
              "mostly false", Reliability.UNRELIABLE));

  private final LabelMap labels;

  /** A reader with the default label map. */
  public BuzzFeedWebisReader() {
    this(DEFAULT_LABELS);
  }

  /** A reader with the given label map. */
  public BuzzFeedWebisReader(LabelMap labels) {
    this.labels = labels;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LabelMap labels() {
    return labels;
  }

  @Override
  public ReadResult read(Path corpusDirectory) throws IOException {
    Path articles = corpusDirectory.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new IOException("no articles/ folder in " + corpusDirectory);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(articles)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
    DocumentBuilder parser = newParser();
    List<LabelledDocument> documents = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    for (Path file : files) {
      String location = "articles/" + file.getFileName();
      Element root;
      try (InputStream in = Files.newInputStream(file)) {
        Document xml = parser.parse(in);
        root = xml.getDocumentElement();
      } catch (SAXException e) {
        skipped.add(new Skip(location, "not well-formed XML: " + e.getMessage()));
        continue;
      }
      String veracity = childText(root, "veracity").strip();
      String portal = childText(root, "portal").strip();
      String mainText = childText(root, "mainText");
      if (veracity.isEmpty()) {
        skipped.add(new Skip(location, "no <veracity> label"));
      } else if (portal.isEmpty()) {
        skipped.add(new Skip(location, "no <portal>"));
      } else if (mainText.isBlank()) {
        skipped.add(new Skip(location, "empty <mainText>"));
      } else {
        String title = childText(root, "title").strip();
        String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
        documents.add(
            new LabelledDocument(
                NAME,
                id,
                title.isEmpty() ? Optional.empty() : Optional.of(title),
                paragraphs(root, mainText),
                labels.apply(veracity),
                veracity,
                portal));
      }
    }
    return new ReadResult(NAME, documents, skipped, files);
  }

  /** The main text with paragraphs separated by blank lines, or as given if offsets are broken. */
  private static String paragraphs(Element root, String mainText) {
    NodeList nodes = root.getElementsByTagName("paragraph");
    StringBuilder out = new StringBuilder(mainText.length() + 2 * nodes.getLength());
    int previousEnd = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      Element paragraph = (Element) nodes.item(i);
      int start;
      int end;
      try {
        start = Integer.parseInt(childText(paragraph, "start").strip());
        end = Integer.parseInt(childText(paragraph, "end").strip());
      } catch (NumberFormatException e) {
        return mainText.strip();
      }
      if (start < previousEnd || end < start || end > mainText.length()) {
        return mainText.strip();
      }
      String text = mainText.substring(start, end).strip();
      if (!text.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(text);
      }
      previousEnd = end;
    }
    return out.length() == 0 ? mainText.strip() : out.toString();
  }

  private static String childText(Element parent, String tag) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent();
      }
    }
    return "";
  }

  private static DocumentBuilder newParser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Corpus files are untrusted input: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ThrowingErrorHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IOException("the JDK XML parser refused a secure configuration", e);
    }
  }

  @Override
  public String toString() {
    return "BuzzFeedWebisReader" + labels;
  }

  /** Turns parse errors into exceptions instead of the JDK's default printing to stderr. */
  private static final class ThrowingErrorHandler implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // Warnings (e.g. about encodings) do not make a file unreadable; errors below do.
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
