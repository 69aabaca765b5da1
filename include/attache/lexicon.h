/* SPDX-License-Identifier: MIT */
/*
 * lexicon.h - the lexicons and gazetteers in data/ (one TSV file per lexicon): countries, places,
 * organizations, ranks, positions, event cues, agreement kinds, areas, ...
 *
 * Every file has the header `phrase<TAB>value<TAB>match<TAB>attr`; see
 * data/README.md. Phrases are matched over syllables; `match` says how:
 * `exact` (case-sensitive), `case` (case-insensitive) or `tone`
 * (case- and diacritic-insensitive, đ = d).
 */
#ifndef ATTACHE_LEXICON_H
#define ATTACHE_LEXICON_H

#include <attache/attache.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct attache_lexicon attache_lexicon;

/*
 * Loads every lexicon file from `data_dir` (NULL: $ATTACHE_DATA; nothing is
 * compiled in). On error nothing is returned and `err` names the
 * file and line. The lexicon is immutable once loaded: one may be shared by
 * any number of threads. Free with attache_lexicon_free (NULL is a no-op).
 */
ATTACHE_API attache_status attache_lexicon_load(const char *data_dir, attache_lexicon **out,
                                                attache_error *err);
ATTACHE_API void attache_lexicon_free(attache_lexicon *lexicon);

/* Number of entries loaded (all files). */
ATTACHE_API size_t attache_lexicon_size(const attache_lexicon *lexicon);

/* The directory the lexicon was loaded from (owned by the lexicon). */
ATTACHE_API const char *attache_lexicon_dir(const attache_lexicon *lexicon);

#ifdef __cplusplus
}
#endif
#endif
