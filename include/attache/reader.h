/* SPDX-License-Identifier: MIT */
/*
 * reader.h - documents from files and streams: a plain-text file (.txt,
 * .md) or a web page (.html, .htm, .html.gz) is one document whose id is the
 * path as given, extension kept, "." segments and repeated "/" dropped, and
 * any byte that is not UTF-8 written "\xHH" (a backslash "\\"); a
 * JSON Lines stream (.jsonl, or "-" for standard input) is one document per
 * line: {"id": ..., "text" or "html": ..., "url": ..., "title": ..., "published": ...}
 * ("text" is read unless it is empty; a UTF-8 byte order mark may open the
 * stream; a line holding a NUL byte is an error for that line only).
 *
 * Documents are read one at a time with bounded memory: a document or line
 * larger than the limit is an error for that document only, and reading goes
 * on with the next line.
 */
#ifndef ATTACHE_READER_H
#define ATTACHE_READER_H

#include <attache/attache.h>
#include <attache/extract.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum attache_input_format {
  ATTACHE_INPUT_AUTO = 0, /* by extension: .jsonl and "-" are JSONL, .html/.htm/.html.gz HTML, the rest text */
  ATTACHE_INPUT_TEXT = 1,
  ATTACHE_INPUT_JSONL = 2,
  ATTACHE_INPUT_HTML = 3 /* one web page (gzip-compressed when the name ends in .gz) */
} attache_input_format;

/* Default limit on one document (or one JSONL line), in bytes. */
#define ATTACHE_DEFAULT_MAX_DOC_BYTES (8u * 1024u * 1024u)

typedef struct attache_reader attache_reader;

/*
 * Opens `path` ("-" is standard input). `max_doc_bytes` 0 means the default;
 * above ATTACHE_MAX_DOC_BYTES (extract.h) it is ATTACHE_ERR_ARG.
 * Fails with ATTACHE_ERR_IO (missing, unreadable) or ATTACHE_ERR_NOT_FILE (a
 * directory, or anything else that is not a regular file: a FIFO, socket or
 * device would block or never end, so only "-" may be a pipe); err->file is
 * `path`, which must outlive the reader.
 */
ATTACHE_API attache_status attache_reader_open(const char *path, attache_input_format format, size_t max_doc_bytes,
                                               attache_reader **out, attache_error *err);

/*
 * Reads the next document into `*doc` (its strings are borrowed until the next
 * call or attache_reader_free). At the end returns ATTACHE_OK with *done set.
 * A bad document returns its error (err->file, err->line set); the caller may
 * call again to go on with the next one.
 */
ATTACHE_API attache_status attache_reader_next(attache_reader *reader, attache_doc_input *doc, int *done,
                                               attache_error *err);

/*
 * For a JSON Lines reader: the next line that is not blank, as bytes in
 * `*line` (borrowed until the next call), not read as a document: for
 * streams of other objects, such as extraction results. The same limits and
 * errors as attache_reader_next (an over-long line, a NUL byte); at the end
 * returns ATTACHE_OK with *done set.
 */
ATTACHE_API attache_status attache_reader_next_line(attache_reader *reader, attache_str *line, int *done,
                                                    attache_error *err);

/* The 1-based line of the document last returned (JSONL), else 0. */
ATTACHE_API size_t attache_reader_line(const attache_reader *reader);

ATTACHE_API void attache_reader_free(attache_reader *reader);

#ifdef __cplusplus
}
#endif
#endif
