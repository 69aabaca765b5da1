/* SPDX-License-Identifier: MIT */
/*
 * write.h - the write API (write.c): analysts' changes over HTTP.
 */
#ifndef ATTACHE_SERVER_WRITE_H
#define ATTACHE_SERVER_WRITE_H

#include <attache/store.h>

#include <stddef.h>

/* The largest request body a write accepts (a larger one is a 413). */
enum { API_MAX_BODY = 16 * 1024 };

/*
 * Answers the write `method` (POST, PATCH, DELETE) on `path` (under /api/)
 * with the request's Authorization header (may be NULL) and JSON body, on
 * `store` (opened for writing; NULL when it could not be: a 503):
 * returns the HTTP status and sets *response to the JSON answer (malloc'd).
 */
unsigned api_write(attache_store *store, const char *method, const char *path, const char *authorization,
                   const char *body, size_t len, char **response);

#endif
