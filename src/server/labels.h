/* SPDX-License-Identifier: MIT */
/*
 * labels.h - what the UI calls the codes of the knowledge base, in both
 * languages: data/labels.tsv (rank classes with their order, mechanisms,
 * current country names, office classes) and the rank phrases of
 * data/ranks.tsv and office phrases of data/positions.tsv, so that
 * "Thượng tướng", "Senior Lieutenant General" and "Sen. Lt. Gen." are shown
 * as one rank. Answered as /api/labels.
 */
#ifndef ATTACHE_SERVER_LABELS_H
#define ATTACHE_SERVER_LABELS_H

#include <attache/attache.h>

/*
 * Reads DATA_DIR/labels.tsv and DATA_DIR/ranks.tsv into one JSON object
 * {"rank": {CLASS: {"vi", "en", "order"}}, "mechanism": {CODE: {"vi", "en"}},
 *  "country": {ISO: {"vi", "en"}}, "office": {CLASS: {"vi", "en"}},
 *  "rank_of": [[PHRASE, CLASS], ...], "office_of": [[PHRASE, CLASS], ...]}
 * (offices from DATA_DIR/positions.tsv)
 * (*json, to free). A file that cannot be read, a line without its columns
 * or a line that is not UTF-8 is an error naming the file and line.
 */
attache_status labels_load(const char *data_dir, char **json, attache_error *err);

#endif
