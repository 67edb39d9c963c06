/**
 * The Veracity service: a Javalin (Jetty 12) HTTP server with the REST API under {@code /api/v1},
 * described by {@code /api/v1/openapi.json}, and the single web page served from the classpath
 * folder {@code /web}. Handlers are thin adapters over the core's {@code Veracity} facade and the
 * {@link dev.veracity.server.store.ServiceStore}; every error leaves through one mapper as an RFC
 * 9457 problem document.
 */
package dev.veracity.server;
