/**
 * Who may call the service and how often: API keys (random secrets stored only as SHA-256 hashes)
 * with roles, the caller of one request, and per-caller token-bucket rate limits.
 */
package dev.veracity.server.security;
