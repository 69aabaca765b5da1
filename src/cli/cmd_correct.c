/* SPDX-License-Identifier: MIT */
/*
 * cmd_correct.c - analysts' changes from the command line: edit, reject,
 * accept, add, merge, distinct, split, alias, undo, delete, history, and corrections
 * export|import. The library keeps them apart from what the machine read
 * (corrections.c); this file only reads the command line.
 */
#include "cli.h"

#include <attache/corrections.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char CORRECT_USAGE[] =
    "usage: attache edit   KIND ID FIELD=VALUE... [--note TEXT]\n"
    "       attache reject KIND ID [--note TEXT]\n"
    "       attache accept KIND ID [--note TEXT]         (reviewed: checked, right as it is)\n"
    "       attache add    KIND --source ID --sentence N FIELD=VALUE... [--event ID]\n"
    "       attache merge  KIND ID ID... [--note TEXT]   (event or person; the first is kept)\n"
    "       attache distinct KIND ID ID [--note TEXT]    (event or person: the two are not one)\n"
    "       attache split  KIND ID                       (undoes the merges into ID)\n"
    "       attache alias  KIND ID NAME                  (person ID, place NAME, organization CODE)\n"
    "       attache undo   CHANGE\n"
    "       attache delete source ID [--note TEXT]\n"
    "       attache history [KIND ID] [--orphaned] [--format F]\n"
    "       attache corrections export FILE | import FILE\n"
    "       attache token create NAME | revoke NAME     (for the write API)\n"
    "\n"
    "Analysts' changes to the knowledge base, kept apart from what attache read:\n"
    "each names its record by its source, sentence and type (not a row id), so\n"
    "it applies again when documents are ingested again, changed, or into a new\n"
    "database (after corrections import). A change whose record is gone is listed\n"
    "as orphaned by history. Every change records who (--author, else\n"
    "$ATTACHE_USER, else the user), when and why (--note), and can be undone.\n"
    "\n"
    "KIND: event, agreement, figure, relation, participant (ID is EVENT:PERSON),\n"
    "person. Fields:\n"
    "  event        type date date_end place location_country mechanism countries areas\n"
    "  agreement    title kind date period_from period_to status parties areas\n"
    "  figure       metric value qualifier label as_of subject\n"
    "  relation     country_b framework country_a since as_of\n"
    "  participant  rank position country (add: name, and --event ID)\n"
    "  person       name country\n"
    "VALUE \"\" clears a field; dates are YYYY, YYYY-MM or YYYY-MM-DD; sets\n"
    "(countries, areas, parties) are codes separated by spaces. history person ID\n"
    "includes the changes of their participations; history partner CODE those of\n"
    "the partner's relations, agreements and figures.\n"
    "\n"
    "attache review lists what to check: accept takes a record out of its queue\n"
    "(the history says who checked it; undo puts it back), distinct takes a pair\n"
    "out of its likely duplicates (events or people that only look alike).\n"
    "\n"
    "options:\n"
    "  --db DB          the database: a file, or postgresql://USER@HOST:PORT/NAME\n"
    "                   (default: $ATTACHE_DB, else attache.db)\n"
    "  --author NAME    who makes the change\n"
    "  --note TEXT      why\n"
    "  -h, --help       show this help\n"
    "\n"
    "The write API (attache serve) takes the same changes with a bearer token:\n"
    "token create prints a new token once (only its hash is kept); the token's\n"
    "name is the author of the changes made with it.\n"
    "\n"
    "exit codes: 0 done; 1 the database failed; 2 bad command line (a kind, id,\n"
    "field or value that is not right, named in the message); 3 the database\n"
    "could not be opened.\n";

enum { MAX_ARGS = 64 };

static int usage_error(const char *cmd, const char *what) {
  fprintf(stderr, "attache: error: %s (see attache help %s)\n", what, cmd);
  return EXIT_USAGE;
}

static int open_store(const char *db_path, unsigned flags, attache_store **store) {
  attache_error err = {0};
  if (!strstr(db_path, "://") && access(db_path, F_OK) != 0) { /* a file; postgresql://... is a server's */
    fprintf(stderr, "attache: error: %s: no such database (run attache ingest first)\n", db_path);
    return EXIT_DATA;
  }
  if (attache_store_open(db_path, flags, store, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    return EXIT_DATA;
  }
  return EXIT_ALL_OK;
}

static int failed(const attache_error *err) {
  cli_print_error(err);
  return err->status == ATTACHE_ERR_ARG || err->status == ATTACHE_ERR_NOT_FOUND ? EXIT_USAGE
         : err->status == ATTACHE_ERR_STORE                                       ? EXIT_SOME_FAILED
                                                                                  : EXIT_USAGE;
}

int cmd_correct(int argc, char **argv) {
  const char *cmd = argv[0];
  const char *db_path = cli_default_db(), *format = "table", *event = NULL;
  const char *words[MAX_ARGS], *fields[MAX_ARGS], *values[MAX_ARGS];
  char *pairs[MAX_ARGS];
  size_t nwords = 0, nfields = 0;
  bool orphaned = false, sentence_given = false;
  attache_correction c = {.op = cmd, .sentence = -1};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slot = NULL;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(CORRECT_USAGE, stdout);
      return EXIT_ALL_OK;
    }
    if (!strcmp(a, "--db")) slot = &db_path;
    else if (!strcmp(a, "--note")) slot = &c.note;
    else if (!strcmp(a, "--author")) slot = &c.author;
    else if (!strcmp(a, "--source")) slot = &c.source;
    else if (!strcmp(a, "--event")) slot = &event;
    else if (!strcmp(a, "--format")) slot = &format;
    else if (!strcmp(a, "--orphaned")) {
      orphaned = true;
      continue;
    } else if (!strcmp(a, "--sentence")) {
      long n;
      if (i + 1 >= argc || !cli_whole_number(argv[++i], 0, 1000000000, &n)) {
        fprintf(stderr, "attache: error: --sentence needs a sentence's index (a whole number from 0), not \"%s\"\n",
                i < argc ? argv[i] : "");
        return EXIT_USAGE;
      }
      c.sentence = n;
      sentence_given = true;
      continue;
    } else if (a[0] == '-' && a[1] && a[1] == '-') {
      fprintf(stderr, "attache: error: unknown option %s (see attache help %s)\n", a, cmd);
      return EXIT_USAGE;
    } else if (nwords == MAX_ARGS) {
      return usage_error(cmd, "too many arguments");
    } else {
      words[nwords++] = a;
      continue;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, "attache: error: %s needs a value\n", a);
      return EXIT_USAGE;
    }
    *slot = argv[++i];
  }
  if (strcmp(format, "table") && strcmp(format, "csv") && strcmp(format, "json") && strcmp(format, "jsonl"))
    return usage_error(cmd, "--format must be table, csv, json or jsonl");

  /* The words: KIND ID ... as each command takes them. */
  bool edit = !strcmp(cmd, "edit"), add = !strcmp(cmd, "add");
  size_t first_pair = nwords;
  if (!strcmp(cmd, "history")) {
    if (nwords != 0 && nwords != 2) return usage_error(cmd, "history takes KIND ID, or nothing");
  } else if (!strcmp(cmd, "token")) {
    if (nwords != 2 || (strcmp(words[0], "create") && strcmp(words[0], "revoke")))
      return usage_error(cmd, "token takes create NAME or revoke NAME");
  } else if (!strcmp(cmd, "corrections")) {
    if (nwords != 2 || (strcmp(words[0], "export") && strcmp(words[0], "import")))
      return usage_error(cmd, "corrections takes export FILE or import FILE");
  } else if (!strcmp(cmd, "undo")) {
    if (nwords != 1) return usage_error(cmd, "undo takes one CHANGE (a number from attache history)");
    c.id = words[0];
  } else {
    if (nwords < 1) return usage_error(cmd, "KIND is missing");
    c.kind = words[0];
    if (add) {
      first_pair = 1;
      c.id = event;
      if (!c.source || !sentence_given) return usage_error(cmd, "add needs --source ID and --sentence N");
    } else {
      if (nwords < 2) return usage_error(cmd, "ID is missing");
      c.id = words[1];
      first_pair = 2;
    }
    if (!strcmp(cmd, "merge")) {
      if (nwords < 3) return usage_error(cmd, "merge needs two ids or more");
      c.others = words + 2;
      c.nothers = nwords - 2;
      first_pair = nwords;
    } else if (!strcmp(cmd, "distinct")) {
      if (nwords != 3) return usage_error(cmd, "distinct takes KIND ID ID");
      c.others = words + 2;
      c.nothers = 1;
      first_pair = nwords;
    } else if (!strcmp(cmd, "alias")) {
      if (nwords != 3) return usage_error(cmd, "alias takes KIND ID NAME");
      c.name = words[2];
      first_pair = nwords;
    } else if (!edit && !add && nwords > 2) {
      fprintf(stderr, "attache: error: unexpected argument \"%s\" (see attache help %s)\n", words[2], cmd);
      return EXIT_USAGE;
    }
  }
  for (size_t i = first_pair; i < nwords && (edit || add); i++) {
    const char *eq = strchr(words[i], '=');
    if (!eq || eq == words[i]) {
      fprintf(stderr, "attache: error: \"%s\" is not FIELD=VALUE (see attache help %s)\n", words[i], cmd);
      for (size_t j = 0; j < nfields; j++) free(pairs[j]);
      return EXIT_USAGE;
    }
    pairs[nfields] = strndup(words[i], (size_t)(eq - words[i]));
    if (!pairs[nfields]) abort();
    fields[nfields] = pairs[nfields];
    values[nfields++] = eq + 1;
  }
  c.fields = fields;
  c.values = values;
  c.nfields = nfields;

  attache_store *store = NULL;
  /* the history and an export only read: they work on a read-only database too */
  bool reads = !strcmp(cmd, "history") || (!strcmp(cmd, "corrections") && !strcmp(words[0], "export"));
  int status = open_store(db_path, reads ? ATTACHE_STORE_READONLY : 0, &store);
  /* (a PostgreSQL URL may hold a password: messages do not name it) */
  attache_error err = {.file = strstr(db_path, "://") ? "the PostgreSQL database" : db_path, .offset = (size_t)-1};
  if (status == EXIT_ALL_OK) {
    if (!strcmp(cmd, "history")) {
      attache_result *r = NULL;
      if (attache_store_history(store, nwords ? words[0] : NULL, nwords ? words[1] : NULL, orphaned, &r, &err) ==
          ATTACHE_OK)
        cli_print_result(r, format, false);
      else status = failed(&err);
      attache_result_free(r);
    } else if (!strcmp(cmd, "token") && !strcmp(words[0], "create")) {
      char token[65];
      if (attache_store_token_create(store, words[1], token, &err) == ATTACHE_OK)
        printf("%s\n", token); /* shown once: only its hash is stored */
      else status = failed(&err);
    } else if (!strcmp(cmd, "token")) {
      if (attache_store_token_revoke(store, words[1], &err) == ATTACHE_OK) printf("revoked the token of %s\n", words[1]);
      else status = failed(&err);
    } else if (!strcmp(cmd, "corrections") && !strcmp(words[0], "export")) {
      FILE *out = strcmp(words[1], "-") ? fopen(words[1], "w") : stdout;
      if (!out) {
        fprintf(stderr, "attache: error: %s: cannot write\n", words[1]);
        status = EXIT_OUTPUT;
      } else {
        if (attache_store_corrections_export(store, out, &err) != ATTACHE_OK) status = failed(&err);
        if (out != stdout && fclose(out) != 0) {
          fprintf(stderr, "attache: error: %s: cannot write\n", words[1]);
          status = EXIT_OUTPUT;
        }
      }
    } else if (!strcmp(cmd, "corrections")) {
      size_t added = 0;
      if (attache_store_corrections_import(store, words[1], &added, &err) == ATTACHE_OK)
        printf("imported %zu new changes from %s\n", added, words[1]);
      else status = err.status == ATTACHE_ERR_STORE ? failed(&err) : (cli_print_error(&err), EXIT_USAGE);
    } else {
      long change = 0;
      if (attache_store_correct(store, &c, &change, &err) == ATTACHE_OK) {
        /* undo names a change, not a record: it has no kind ("change 7: undo change 5") */
        printf("change %ld: %s %s", change, cmd, c.kind ? c.kind : "change");
        /* an added record is shown by the id it was given (a participant's: EVENT:PERSON) */
        char added[64] = "";
        if (add && attache_store_change_record(store, change, added, sizeof added, &err) == ATTACHE_OK && *added)
          printf(" %s", added);
        else if (c.id) printf(" %s", c.id);
        for (size_t i = 0; i < c.nothers; i++) printf(" %s", c.others[i]);
        putchar('\n');
      } else {
        status = failed(&err);
      }
    }
  }
  attache_store_close(store);
  for (size_t j = 0; j < nfields; j++) free(pairs[j]);
  return status;
}
