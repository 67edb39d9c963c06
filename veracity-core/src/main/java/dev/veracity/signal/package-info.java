/**
 * Signals about an article that come from outside its text, such as the reputation of the site that
 * published it. The core defines their shape and the roles that provide them; modules with heavier
 * dependencies (public-suffix parsing, rating lists) implement the roles.
 */
package dev.veracity.signal;
