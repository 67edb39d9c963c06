/**
 * The service's store: checks with their reports, reviewer verdicts, API keys and the audit trail,
 * kept through plain JDBC in H2 (embedded, the default) or PostgreSQL, with Flyway migrations
 * shared by both. Every write is one transaction.
 */
package dev.veracity.server.store;
