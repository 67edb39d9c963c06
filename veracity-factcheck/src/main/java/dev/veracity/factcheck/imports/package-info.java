/**
 * Importers that read fact-checks from files, one per format name ({@code claimreview}, {@code
 * google-factcheck-api}, {@code snopes-scrape}, {@code liar}, {@code checkthat-vclaims}, {@code
 * csv}, {@code jsonl}). An importer never stops on one bad record: it keeps the good ones and
 * returns each reject with its location and reason. {@link
 * dev.veracity.factcheck.imports.Importers} finds an importer by name.
 */
package dev.veracity.factcheck.imports;
