/* SPDX-License-Identifier: MIT */
/*
 * fuzz_reader.c - the document reader through its public API, on a file
 * written from the input: plain text, JSON Lines, a web page, a gzip'd page
 * as given (corrupt gzip), the same gzip-compressed whole or truncated, and a
 * stream read as JSONL whatever its name. The first byte picks the kind and
 * the limit on one document; the rest is the file. Every document must have
 * an id and borrowed strings that can be read in full; reading must end.
 */
#include "fuzz.h"

#include <attache/reader.h>

#include <string.h>
#include <unistd.h>
#include <zlib.h>

enum { KINDS = 7 };
static const char *const NAMES[KINDS] = {"doc.txt",     "doc.jsonl",   "doc.html",  "doc.html.gz",
                                         "doc.html.gz", "doc.html.gz", "doc.stream"};
static const size_t LIMITS[4] = {0, 16, 300, 4096};

/* The input gzip-compressed (its header and trailer included). */
static unsigned char *gzip(const uint8_t *data, size_t size, size_t *out_len) {
  z_stream z = {0};
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) abort();
  size_t cap = deflateBound(&z, (uLong)size);
  unsigned char *out = malloc(cap);
  if (!out) abort();
  z.next_in = (Bytef *)data;
  z.avail_in = (uInt)size;
  z.next_out = out;
  z.avail_out = (uInt)cap;
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) abort();
  *out_len = z.total_out;
  deflateEnd(&z);
  return out;
}

static void write_file(const char *path, const void *bytes, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(bytes, 1, len, f) != len || fclose(f) != 0) {
    perror(path);
    abort();
  }
}

static char dir[] = "/tmp/attache-fuzz-reader-XXXXXX";

/* Each input's file is removed after it is read; at the end, the directory. */
static void remove_dir(void) { rmdir(dir); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static bool made;
  if (!made) {
    if (!mkdtemp(dir)) abort();
    made = true;
    atexit(remove_dir);
  }
  if (size == 0) return 0;
  unsigned kind = (data[0] & 0x0F) % KINDS; /* the low four bits: the kind, the next two: the limit */
  size_t limit = LIMITS[(data[0] >> 4) & 3];
  const uint8_t *body = data + 1;
  size_t len = size - 1;

  char path[sizeof dir + 16];
  snprintf(path, sizeof path, "%s/%s", dir, NAMES[kind]);
  if (kind == 4 || kind == 5) {
    size_t gz_len;
    unsigned char *gz = gzip(body, len, &gz_len);
    /* kind 5: cut short, by an amount the input's length decides */
    write_file(path, gz, kind == 5 ? gz_len - 1 - len % (gz_len - 1) : gz_len);
    free(gz);
  } else {
    write_file(path, body, len);
  }

  attache_reader *r = NULL;
  attache_error err = {0};
  attache_input_format format = kind == 6 ? ATTACHE_INPUT_JSONL : ATTACHE_INPUT_AUTO;
  if (attache_reader_open(path, format, limit, &r, &err) == ATTACHE_OK) {
    /* A stream has at most one document per line; a file one document. */
    size_t calls = 0, most = len + 2;
    for (;;) {
      attache_doc_input doc;
      int done = 0;
      attache_status st = attache_reader_next(r, &doc, &done, &err);
      FUZZ_CHECK(++calls <= most);
      if (st != ATTACHE_OK) {
        FUZZ_CHECK(err.file != NULL && err.message[0] != '\0');
        continue;
      }
      if (done) break;
      FUZZ_CHECK(doc.id.ptr && doc.id.len > 0);
      FUZZ_CHECK(doc.text.len > 0 || doc.html.len > 0 || doc.text.ptr || doc.html.ptr);
      unsigned sum = fuzz_touch(doc.id.ptr, doc.id.len) + fuzz_touch(doc.text.ptr, doc.text.len) +
                     fuzz_touch(doc.html.ptr, doc.html.len) + fuzz_touch(doc.url.ptr, doc.url.len) +
                     fuzz_touch(doc.title.ptr, doc.title.len) + fuzz_touch(doc.published.ptr, doc.published.len);
      (void)sum;
      FUZZ_CHECK(attache_reader_line(r) <= len + 1);
    }
    attache_reader_free(r);
  }
  unlink(path);
  return 0;
}
