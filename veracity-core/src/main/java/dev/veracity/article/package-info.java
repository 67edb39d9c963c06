/**
 * What a check reads: the submitted {@link dev.veracity.article.Article} and its {@link
 * dev.veracity.article.Segmentation} into title, body, quoted passages, readers' comments and page
 * boilerplate. Only body text feeds the reliability signals; comments are judged on their own. The
 * default {@link dev.veracity.article.ArticleSegmenter} is {@link
 * dev.veracity.article.LineRuleSegmenter}: one linear pass over the original text's lines, a chain
 * of small line rules (comment form, share box, byline, quotation introduction…) and a few passes
 * over paragraphs that place the title, the quoted passages and the start of the comments.
 */
package dev.veracity.article;
