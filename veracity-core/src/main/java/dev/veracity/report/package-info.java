/**
 * The check report: what was checked, its segments, every signal with its evidence, and the
 * provenance (versions, components, data snapshots, timings) that makes it reproducible.
 */
package dev.veracity.report;
