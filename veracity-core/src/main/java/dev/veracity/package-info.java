/**
 * Veracity's entry point: {@link dev.veracity.Veracity#check} turns an article into an explained
 * report by delegating to the building blocks in the sub-packages.
 */
package dev.veracity;
