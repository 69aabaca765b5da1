/* SPDX-License-Identifier: MIT */
/*
 * tokens.c - the write API's bearer tokens: made from 32 random bytes,
 * shown once, and kept only as their SHA-256 (nettle), so that a copy of
 * the database gives no one the right to write to it.
 */
#include <attache/corrections.h>

#include "internal.h"
#include "store_internal.h"

#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static void hash_hex(const char *token, char out[2 * SHA256_DIGEST_SIZE + 1]) {
  struct sha256_ctx ctx;
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, strlen(token), (const uint8_t *)token);
  sha256_digest(&ctx, sizeof digest, digest);
  for (size_t i = 0; i < sizeof digest; i++) snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

static bool valid_name(const char *name) {
  size_t n = name ? strlen(name) : 0;
  return n > 0 && n <= 64 && strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@") == n;
}

static attache_status write_token(attache_store *s, const char *sql, const char *name, const char *hash,
                                  attache_error *err) {
  if (s->readonly) return at_error_set(err, ATTACHE_ERR_ARG, "database opened read-only");
  char now[21];
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
  at_stmt *st = at_stmt_prepare(s, sql);
  if (!st) return at_error_set(err, ATTACHE_ERR_STORE, "cannot write the tokens: %s", at_store_errmsg(s));
  at_bind_text(st, 1, name, -1);
  at_bind_text(st, 2, now, -1);
  if (hash) at_bind_text(st, 3, hash, -1);
  int rc = at_step(st);
  at_stmt_finalize(st);
  if (rc != AT_DONE) return at_error_set(err, ATTACHE_ERR_STORE, "cannot write the tokens: %s", at_store_errmsg(s));
  return at_store_changes(s) == 1 ? ATTACHE_OK : at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no token named %s", name);
}

attache_status attache_store_token_create(attache_store *s, const char *name, char token[65], attache_error *err) {
  if (!s || !token) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (!valid_name(name))
    return at_error_set(err, ATTACHE_ERR_ARG, "NAME: a token's name is 1 to 64 letters, digits and . _ - @");
  unsigned char bytes[32];
  FILE *f = fopen("/dev/urandom", "rb");
  size_t got = f ? fread(bytes, 1, sizeof bytes, f) : 0;
  if (f) fclose(f);
  if (got != sizeof bytes) return at_error_set(err, ATTACHE_ERR_IO, "cannot read /dev/urandom to make a token");
  for (size_t i = 0; i < sizeof bytes; i++) snprintf(token + 2 * i, 3, "%02x", bytes[i]);
  char hash[2 * SHA256_DIGEST_SIZE + 1];
  hash_hex(token, hash);
  /* a revoked name may be given a new token; a live one is not replaced */
  attache_status st = write_token(s,
                                  "INSERT INTO api_tokens(name, hash, created_at) VALUES (?1, ?3, ?2)"
                                  " ON CONFLICT(name) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at,"
                                  " revoked_at = NULL WHERE api_tokens.revoked_at IS NOT NULL",
                                  name, hash, err);
  if (st == ATTACHE_ERR_NOT_FOUND)
    st = at_error_set(err, ATTACHE_ERR_ARG, "NAME: a token named %s exists (revoke it first)", name);
  if (st != ATTACHE_OK) memset(token, 0, 65);
  return st;
}

attache_status attache_store_token_revoke(attache_store *s, const char *name, attache_error *err) {
  if (!s) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  return write_token(s, "UPDATE api_tokens SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL", name, NULL, err);
}

int attache_store_token_check(attache_store *s, const char *token, char *name, size_t cap) {
  if (!s || !token || !*token || strlen(token) > 256) return 0;
  char hash[2 * SHA256_DIGEST_SIZE + 1];
  hash_hex(token, hash);
  at_stmt *st = at_stmt_prepare(s, "SELECT name FROM api_tokens WHERE hash = ?1 AND revoked_at IS NULL");
  if (!st) return 0;
  at_bind_text(st, 1, hash, -1);
  int found = at_step(st) == AT_ROW;
  if (found && name && cap) snprintf(name, cap, "%s", at_column_text(st, 0));
  at_stmt_finalize(st);
  return found;
}
