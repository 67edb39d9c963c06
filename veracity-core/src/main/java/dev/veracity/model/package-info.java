/**
 * Pieces shared by the linear text-model families (check-worthy claims, comment spam, source
 * reliability): sparse weight vectors, Platt calibration, per-feature contributions that explain a
 * score, and reading and writing the JSON model files, so that each family's file format stays
 * plain Jackson-mapped JSON that other tools can read without our code.
 */
package dev.veracity.model;
