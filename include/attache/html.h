/* SPDX-License-Identifier: MIT */
/*
 * html.h - a web page in, its article out: the story's text (paragraphs,
 * headings, lists and the captions that belong to it) without menus,
 * related-news lists, comment boxes, share buttons or ads, and the page's
 * metadata (title, publication date, author, canonical URL, site name).
 * The page may be in UTF-8 or a legacy Vietnamese encoding.
 */
#ifndef ATTACHE_HTML_H
#define ATTACHE_HTML_H

#include <attache/attache.h>
#include <attache/lexicon.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The article of a page; every string is UTF-8 NFC, NULL when unknown. */
typedef struct attache_article {
  char *title;
  char *published; /* ISO 8601 date as the page gives it (YYYY-MM-DD...) */
  char *author;
  char *url;  /* canonical URL */
  char *site; /* site name */
  char *text; /* paragraphs separated by blank lines */
  const char *encoding; /* the encoding the page was read in (static) */
} attache_article;

/*
 * Parses `len` bytes of HTML (libxml2's HTML parser: broken markup is
 * repaired, never fatal) and finds the article. `encoding` forces the
 * charset (NULL: the page's own declaration, checked, else detection).
 * `lex` supplies the class/id patterns of data/html_patterns.tsv. On success
 * `*out` is freed with attache_article_free (NULL is a no-op). A page with
 * no text is ATTACHE_ERR_EMPTY; undecidable bytes ATTACHE_ERR_UTF8.
 */
enum {
  /* The article body only: leave out photo captions (which are kept by
   * default, since captions often tell who met whom). */
  ATTACHE_HTML_NO_CAPTIONS = 1u << 0
};

ATTACHE_API attache_status attache_html_article(const attache_lexicon *lex, const char *html, size_t len,
                                                const char *encoding, unsigned flags, attache_article **out,
                                                attache_error *err);
ATTACHE_API void attache_article_free(attache_article *article);

#ifdef __cplusplus
}
#endif
#endif
