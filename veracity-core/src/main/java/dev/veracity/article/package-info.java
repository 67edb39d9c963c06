/**
 * What a check reads: the submitted {@link dev.veracity.article.Article} and its {@link
 * dev.veracity.article.Segmentation} into title, body, quoted passages, readers' comments and page
 * boilerplate. Only body text feeds the reliability signals; comments are judged on their own.
 */
package dev.veracity.article;
