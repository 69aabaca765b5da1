/* SPDX-License-Identifier: MIT */
/*
 * test_threads.c - what the server's worker threads run at once gives the
 * same answers as one thread: the person key (a filter of every events
 * query), over many calls on 8 threads. It used strtok, whose hidden state
 * the threads shared, and gave a wrong key now and then.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pipeline.h"

char *at_store_person_key(at_arena *arena, const char *name);

enum { THREADS = 8, ROUNDS = 100000 };

static const char *const NAMES[] = {"Nguyễn Chí Vịnh", "Koji Yamazaki Tanaka", "Florence Parly",
                                    "Phùng Quang Thanh", "Lloyd J Austin III", "Lê Huy Vịnh",
                                    "Ng Eng Hen Senior", "a b c d e f g h"};
enum { NNAMES = sizeof NAMES / sizeof *NAMES };
static char *expected[NNAMES];

static void *hammer(void *arg) {
  size_t wrong = 0, start = (size_t)(uintptr_t)arg;
  for (size_t i = 0; i < ROUNDS; i++) {
    size_t k = (start + i) % NNAMES;
    at_arena *arena = at_arena_new();
    if (strcmp(at_store_person_key(arena, NAMES[k]), expected[k])) wrong++;
    at_arena_free(arena);
  }
  return (void *)(uintptr_t)wrong;
}

static void test_person_key_on_eight_threads(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  for (size_t k = 0; k < NNAMES; k++) expected[k] = strdup(at_store_person_key(arena, NAMES[k]));
  at_arena_free(arena);
  assert_string_equal(expected[0], "chi nguyen vinh");
  pthread_t t[THREADS];
  for (size_t i = 0; i < THREADS; i++) assert_int_equal(pthread_create(&t[i], NULL, hammer, (void *)(uintptr_t)i), 0);
  size_t wrong = 0;
  for (size_t i = 0; i < THREADS; i++) {
    void *w;
    pthread_join(t[i], &w);
    wrong += (size_t)(uintptr_t)w;
  }
  if (wrong) fail_msg("%zu of %d keys were wrong", wrong, THREADS * ROUNDS);
  for (size_t k = 0; k < NNAMES; k++) free(expected[k]);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_person_key_on_eight_threads)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
