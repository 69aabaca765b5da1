/* SPDX-License-Identifier: MIT */
/*
 * reader.c - turns files and JSONL streams into documents, one at a time,
 * with a ceiling on how much one document may take. Parsing of JSON is
 * jansson's; what is ours is the bounded line reading and the messages.
 */
#include <attache/reader.h>

#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#include <zlib.h>

struct attache_reader {
  const char *path;
  FILE *file;
  bool is_stdin;
  attache_input_format format;
  size_t max;
  size_t line;     /* line of the last document returned */
  size_t lines;    /* lines read so far */
  bool text_done;  /* a text file is returned once */
  at_buf buf;
  at_buf fields;   /* the members of a line read by at_json_fields, lent out */
  json_t *current; /* the JSON document whose strings are lent out */
  char *id;        /* text files: the id */
  char number_id[32];
  /* JSON Lines: the block of the file read and not yet split into lines */
  char block[65536];
  size_t block_at, block_len;
  bool block_eof, read_failed;
};

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Points `err` at a file and line; the caller then fills the message. */
static attache_error *locate(attache_error *err, const char *path, size_t line) {
  if (err) {
    err->file = path;
    err->line = line;
    err->offset = (size_t)-1;
  }
  return err;
}

/* What a file that is not a regular file is, for the message. */
static const char *file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "not a regular file (a FIFO)";
  if (S_ISSOCK(mode)) return "not a regular file (a socket)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "not a regular file (a device)";
  return "not a regular file";
}

/*
 * Opens a named input, which must be a regular file: a FIFO, a socket or a
 * device would block the read (or never end), so only standard input, named
 * "-", may be a pipe. The file is checked before it is opened, then opened
 * without blocking (a FIFO put in its place would hang open() itself) and
 * checked again with fstat, so what is checked is what is read.
 */
static attache_status open_regular_file(const char *path, FILE **out, attache_error *err) {
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) /* a socket cannot even be opened */
    return at_error_set(locate(err, path, 0), ATTACHE_ERR_NOT_FILE, "%s", file_kind(st.st_mode));
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return at_error_set(locate(err, path, 0), ATTACHE_ERR_IO, "%s", strerror(errno));
  if (fstat(fd, &st) != 0) {
    int e = errno;
    close(fd);
    return at_error_set(locate(err, path, 0), ATTACHE_ERR_IO, "%s", strerror(e));
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    return at_error_set(locate(err, path, 0), ATTACHE_ERR_NOT_FILE, "%s", file_kind(st.st_mode));
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  *out = fdopen(fd, "rb");
  if (!*out) {
    int e = errno;
    close(fd);
    return at_error_set(locate(err, path, 0), ATTACHE_ERR_IO, "%s", strerror(e));
  }
  return ATTACHE_OK;
}

attache_status attache_reader_open(const char *path, attache_input_format format, size_t max_doc_bytes,
                                   attache_reader **out, attache_error *err) {
  if (!out || !path) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if (max_doc_bytes > ATTACHE_MAX_DOC_BYTES)
    return at_error_set(err, ATTACHE_ERR_ARG, "limit of %zu bytes past the most a document may be (%zu)", max_doc_bytes,
                        (size_t)ATTACHE_MAX_DOC_BYTES);
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : NULL;
  if (!is_stdin) {
    attache_status st = open_regular_file(path, &f, err);
    if (st != ATTACHE_OK) return st;
  }

  attache_reader *r = calloc(1, sizeof *r);
  if (!r) at_oom();
  r->path = path;
  r->file = f;
  r->is_stdin = is_stdin;
  r->max = max_doc_bytes ? max_doc_bytes : ATTACHE_DEFAULT_MAX_DOC_BYTES;
  if (format == ATTACHE_INPUT_AUTO) {
    if (is_stdin || ends_with(path, ".jsonl")) format = ATTACHE_INPUT_JSONL;
    else if (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".html.gz") ||
             ends_with(path, ".htm.gz"))
      format = ATTACHE_INPUT_HTML;
    else format = ATTACHE_INPUT_TEXT;
  }
  r->format = format;
  at_buf_init(&r->buf, r->max);
  at_buf_init(&r->fields, r->max);
  *out = r;
  return ATTACHE_OK;
}

size_t attache_reader_line(const attache_reader *r) { return r ? r->line : 0; }

void attache_reader_free(attache_reader *r) {
  if (!r) return;
  if (r->file && !r->is_stdin) fclose(r->file);
  json_decref(r->current);
  at_buf_free(&r->buf);
  at_buf_free(&r->fields);
  free(r->id);
  free(r);
}

/*
 * The id of a file's document: its path as named (for a file found in a
 * directory, the directory as named, "/", and the path inside it), extension
 * kept, so two files never share one: "a/report.txt", "b/report.txt" and
 * "a/report.md" are three documents. "." segments and repeated "/" are
 * dropped ("./a//b.txt" is "a/b.txt"), so the same file named the same way
 * is the same document however the command line spelled it. A name that is
 * not UTF-8 keeps its valid characters; each invalid byte is written "\xHH"
 * and a backslash "\\", so the id is valid UTF-8 and still names one file.
 */
static char *file_id(const char *path) {
  at_buf id;
  at_buf_init(&id, (size_t)-1);
  if (!at_buf_append(&id, "", 0)) at_oom();
  const char *p = path;
  bool absolute = *p == '/';
  if (absolute) at_buf_putc(&id, '/');
  while (*p) {
    while (*p == '/') p++;
    size_t n = strcspn(p, "/");
    if (n == 0 || (n == 1 && p[0] == '.')) {
      p += n;
      continue;
    }
    if (id.len > (absolute ? 1u : 0u)) at_buf_putc(&id, '/');
    for (size_t i = 0; i < n;) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p + i, (utf8proc_ssize_t)(n - i), &cp);
      if (k < 0) {
        char esc[5];
        snprintf(esc, sizeof esc, "\\x%02X", (unsigned char)p[i]);
        at_buf_append(&id, esc, 4);
        i++;
      } else if (p[i] == '\\') {
        at_buf_append(&id, "\\\\", 2);
        i++;
      } else {
        at_buf_append(&id, p + i, (size_t)k);
        i += (size_t)k;
      }
    }
    p += n;
  }
  return id.data;
}

/* Reads the whole file (gunzipped when its name ends in .gz) into r->buf. */
static attache_status slurp(attache_reader *r, attache_error *err) {
  char chunk[65536];
  if (ends_with(r->path, ".gz") && !r->is_stdin) {
    gzFile gz = gzdopen(dup(fileno(r->file)), "rb");
    if (!gz) return at_error_set(locate(err, r->path, 0), ATTACHE_ERR_IO, "%s", "cannot read gzip");
    int n;
    while ((n = gzread(gz, chunk, sizeof chunk)) > 0) {
      if (!at_buf_append(&r->buf, chunk, (size_t)n)) {
        gzclose(gz);
        locate(err, r->path, 0);
        return at_error_set(err, ATTACHE_ERR_TOO_LARGE,
                            "document larger than the limit of %zu bytes (see --max-bytes)", r->max);
      }
    }
    /* A truncated stream ends gzread with 0, not -1, and only gzerror tells
     * (Z_BUF_ERROR). zlib's message lives in the gzFile, so it is copied
     * before gzclose frees it; its "<fd:N>: " prefix names nothing useful. */
    int errnum = Z_OK;
    const char *msg = gzerror(gz, &errnum);
    if (errnum != Z_OK) {
      const char *reason = msg ? strstr(msg, ": ") : NULL;
      at_error_set(locate(err, r->path, 0), ATTACHE_ERR_IO, "corrupt or truncated gzip: %s",
                   reason ? reason + 2 : msg ? msg : "read error");
      gzclose(gz);
      return ATTACHE_ERR_IO;
    }
    if (gzclose(gz) != Z_OK) return at_error_set(locate(err, r->path, 0), ATTACHE_ERR_IO, "%s", "gzip: read error");
    return ATTACHE_OK;
  }
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, r->file)) > 0) {
    if (!at_buf_append(&r->buf, chunk, n)) {
      locate(err, r->path, 0);
      if (err) err->offset = r->max;
      return at_error_set(err, ATTACHE_ERR_TOO_LARGE, "document larger than the limit of %zu bytes (see --max-bytes)",
                          r->max);
    }
  }
  if (ferror(r->file)) return at_error_set(locate(err, r->path, 0), ATTACHE_ERR_IO, "%s", "read error");
  return ATTACHE_OK;
}

static attache_status next_file(attache_reader *r, attache_doc_input *doc, int *done, attache_error *err) {
  if (r->text_done) {
    *done = 1;
    return ATTACHE_OK;
  }
  r->text_done = true;
  attache_status st = slurp(r, err);
  if (st != ATTACHE_OK) return st;
  if (r->buf.len == 0) return at_error_set(locate(err, r->path, 0), ATTACHE_ERR_EMPTY, "%s", "empty file");
  r->id = file_id(r->path);
  memset(doc, 0, sizeof *doc);
  doc->id = (attache_str){r->id, strlen(r->id)};
  if (r->format == ATTACHE_INPUT_HTML) doc->html = (attache_str){r->buf.data, r->buf.len};
  else doc->text = (attache_str){r->buf.data, r->buf.len};
  return ATTACHE_OK;
}

/* Reads one line into r->buf. Returns false at end of input. Sets *too_long
 * when the line passed the limit (the rest of it is read and dropped), and
 * *nul_at to the offset in the line of its first NUL byte, if any. The file
 * is read with read(2) in blocks (what a pipe has is taken as it comes, so a
 * stream is not held back), and a line is found with memchr; lengths, not
 * string ends, are kept throughout, as a NUL byte may be in the line (one
 * once cut the line there and merged the next line into it). */
static bool read_line(attache_reader *r, bool *too_long, size_t *nul_at) {
  r->buf.len = 0;
  *too_long = false;
  *nul_at = SIZE_MAX;
  size_t at = 0; /* bytes of the line seen so far */
  bool any = false;
  for (;;) {
    if (r->block_at == r->block_len) {
      if (r->block_eof) break;
      ssize_t got = read(fileno(r->file), r->block, sizeof r->block);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        r->block_eof = true;
        r->read_failed = got < 0;
        break;
      }
      r->block_at = 0;
      r->block_len = (size_t)got;
    }
    any = true;
    const char *from = r->block + r->block_at;
    size_t avail = r->block_len - r->block_at;
    const char *nl = memchr(from, '\n', avail);
    size_t n = nl ? (size_t)(nl - from) : avail;
    if (*nul_at == SIZE_MAX) {
      const char *nul = memchr(from, '\0', n);
      if (nul) *nul_at = at + (size_t)(nul - from);
    }
    if (!*too_long && !at_buf_append(&r->buf, from, n)) *too_long = true;
    at += n;
    r->block_at += n + (nl ? 1 : 0);
    if (nl) break;
  }
  if (!*too_long && !at_buf_append(&r->buf, "", 0)) *too_long = true;
  if (any) r->lines++;
  return any;
}

static bool json_text(json_t *obj, const char *key, attache_str *out) {
  json_t *v = json_object_get(obj, key);
  if (!json_is_string(v)) return false;
  *out = (attache_str){json_string_value(v), json_string_length(v)};
  return true;
}

/* The member `key` of a line read by at_json_fields, if it has one. */
static bool field_text(const at_json_field *fields, size_t n, const char *key, attache_str *out) {
  size_t key_len = strlen(key);
  for (size_t i = 0; i < n; i++) {
    if (fields[i].key_len == key_len && memcmp(fields[i].key, key, key_len) == 0) {
      *out = (attache_str){fields[i].value, fields[i].value_len};
      return true;
    }
  }
  return false;
}

/* The line next_line found read without jansson when it is an object of
 * strings, the common case (json_fields.c): true with *st what the document
 * is; false when jansson must read it. The same checks and messages as the
 * jansson reading in next_jsonl. */
static bool read_flat_line(attache_reader *r, attache_str line, attache_doc_input *doc, attache_status *st,
                           attache_error *err) {
  at_json_field fields[AT_JSON_MAX_FIELDS];
  size_t n;
  if (!at_json_fields(line.ptr, line.len, &r->fields, fields, &n)) return false;
  *st = ATTACHE_OK;
  if (!field_text(fields, n, "id", &doc->id) || doc->id.len == 0) {
    *st = at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_NO_ID, "%s", "document has no \"id\"");
    return true;
  }
  bool has_text = field_text(fields, n, "text", &doc->text);
  doc->text_valid_utf8 = has_text; /* at_json_fields checked every value */
  bool has_html = field_text(fields, n, "html", &doc->html);
  if (!has_text && !has_html) {
    *st = at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_NO_TEXT, "%s",
                       "document has neither \"text\" nor \"html\"");
    return true;
  }
  field_text(fields, n, "url", &doc->url);
  field_text(fields, n, "title", &doc->title);
  field_text(fields, n, "published", &doc->published);
  return true;
}

/* The next line of a JSON Lines stream that is not blank, as bytes in *line
 * (a byte order mark that opens the stream left out); *done at the end. */
static attache_status next_line(attache_reader *r, attache_str *line, int *done, attache_error *err) {
  for (;;) {
    bool too_long;
    size_t nul_at;
    if (!read_line(r, &too_long, &nul_at)) {
      if (r->read_failed) return at_error_set(locate(err, r->path, r->lines), ATTACHE_ERR_IO, "%s", "read error");
      *done = 1;
      return ATTACHE_OK;
    }
    r->line = r->lines;
    if (too_long) {
      return at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_TOO_LARGE,
                          "line longer than the limit of %zu bytes (see --max-bytes)", r->max);
    }
    if (nul_at != SIZE_MAX) {
      locate(err, r->path, r->line);
      if (err) err->offset = nul_at;
      return at_error_set(err, ATTACHE_ERR_BINARY, "binary data (NUL byte at byte %zu of the line)", nul_at);
    }
    /* A byte order mark may open the stream (editors on Windows write one). */
    size_t start = r->line == 1 && r->buf.len >= 3 && !memcmp(r->buf.data, "\xEF\xBB\xBF", 3) ? 3 : 0;
    bool blank = true;
    for (size_t i = start; i < r->buf.len && blank; i++)
      blank = r->buf.data[i] == ' ' || r->buf.data[i] == '\t' || r->buf.data[i] == '\r';
    if (blank) continue;
    *line = (attache_str){r->buf.data + start, r->buf.len - start};
    return ATTACHE_OK;
  }
}

attache_status attache_reader_next_line(attache_reader *r, attache_str *line, int *done, attache_error *err) {
  if (!r || !line || !done) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (r->format != ATTACHE_INPUT_JSONL) return at_error_set(err, ATTACHE_ERR_ARG, "not a JSON Lines reader");
  *done = 0;
  if (err) {
    err->file = r->path;
    err->line = 0;
    err->offset = (size_t)-1;
  }
  json_decref(r->current);
  r->current = NULL;
  return next_line(r, line, done, err);
}

static attache_status next_jsonl(attache_reader *r, attache_doc_input *doc, int *done, attache_error *err) {
  json_decref(r->current);
  r->current = NULL;
  attache_str line;
  attache_status st = next_line(r, &line, done, err);
  if (st != ATTACHE_OK || *done) return st;
  memset(doc, 0, sizeof *doc);
  if (read_flat_line(r, line, doc, &st, err)) return st;
  json_error_t jerr;
  json_t *obj = json_loadb(line.ptr, line.len, JSON_REJECT_DUPLICATES, &jerr);
  if (!obj) return at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_JSON, "not JSON: %s", jerr.text);
  if (!json_is_object(obj)) {
    json_decref(obj);
    return at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_JSON, "%s", "not a JSON object");
  }
  r->current = obj;
  json_t *id = json_object_get(obj, "id");
  if (json_is_integer(id)) {
    int n = snprintf(r->number_id, sizeof r->number_id, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    doc->id = (attache_str){r->number_id, (size_t)n};
  } else if (!json_text(obj, "id", &doc->id) || doc->id.len == 0) {
    return at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_NO_ID, "%s", "document has no \"id\"");
  }
  /* Both may be given: the text is read unless it is empty ("text": "" with
   * a page in "html"), as attache_extract does. */
  bool has_text = json_text(obj, "text", &doc->text);
  bool has_html = json_text(obj, "html", &doc->html);
  if (!has_text && !has_html)
    return at_error_set(locate(err, r->path, r->line), ATTACHE_ERR_NO_TEXT, "%s", "document has neither \"text\" nor \"html\"");
  json_text(obj, "url", &doc->url);
  json_text(obj, "title", &doc->title);
  json_text(obj, "published", &doc->published);
  return ATTACHE_OK;
}

attache_status attache_reader_next(attache_reader *r, attache_doc_input *doc, int *done, attache_error *err) {
  if (!r || !doc || !done) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *done = 0;
  if (err) {
    err->file = r->path;
    err->line = 0;
    err->offset = (size_t)-1;
  }
  return r->format == ATTACHE_INPUT_JSONL ? next_jsonl(r, doc, done, err) : next_file(r, doc, done, err);
}
