/**
 * Pieces shared by the linear text-model families (check-worthy claims, comment spam, source
 * reliability): reading and writing their JSON model files, so that each family's file format stays
 * plain Jackson-mapped JSON that other tools can read without our code.
 */
package dev.veracity.model;
