/**
 * Reader-comment spam: whether a comment under an article or video is promotion rather than
 * discussion (link spam, "check out my channel", giveaways; Alberto, Lochter and Almeida 2015,
 * "TubeSpam"). A {@link dev.veracity.comment.SpamDetector} gives each comment a calibrated
 * probability and explains it with readable cues (links, self-promotion, money and giveaways,
 * repeated text, shouting, symbol runs, very short comments) and its most influential features.
 * Cues, contributions, calibration and sparse weights reuse the types of {@code
 * dev.veracity.claim}.
 */
package dev.veracity.comment;
