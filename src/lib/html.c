/* SPDX-License-Identifier: MIT */
/*
 * html.c - finds the article in a web page. libxml2's HTML parser builds the
 * tree (repairing broken markup); this file decides which part of it is the
 * story, in the manner of Readability: it removes what cannot be the story
 * (scripts, forms, navigation, hidden elements, and elements whose class or
 * id reads as comments, menus, related news, sharing... per
 * data/html_patterns.tsv), scores the blocks of text by length, commas and
 * link density, credits the scores to their ancestors, takes the best
 * container with the siblings that belong to it (and the other stories of a
 * page that has several), and renders it as paragraphs. Metadata comes from
 * meta tags, JSON-LD and <time>.
 */
#include <attache/decode.h>
#include <attache/html.h>

#include "charset.h"
#include "pipeline.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_DEPTH = 512 };

typedef struct score {
  double value;
  bool scored;
} score;

typedef struct ctx {
  const attache_lexicon *lex;
  at_arena *arena;
  const at_entry **patterns;
  size_t npatterns;
} ctx;

static bool is(const xmlNode *n, const char *tag) {
  return n && n->type == XML_ELEMENT_NODE && !xmlStrcasecmp(n->name, (const xmlChar *)tag);
}

static bool is_any(const xmlNode *n, const char *const *tags) {
  for (; *tags; tags++)
    if (is(n, *tags)) return true;
  return false;
}

static const char *const REMOVE_TAGS[] = {"script", "style", "noscript", "iframe", "button", "select",
                                          "textarea", "input", "svg", "canvas", "object", "embed", "link",
                                          "meta", "template", "nav", "aside", "footer", "dialog", NULL};
static const char *const BLOCK_TAGS[] = {"address", "article", "aside", "blockquote", "dd", "details", "div", "dl",
                                         "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
                                         "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
                                         "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td",
                                         "th", "ul", "caption", NULL};
static const char *const PARAGRAPH_TAGS[] = {"p", "pre", "td", "blockquote", NULL};
static const char *const HEADINGS[] = {"h1", "h2", "h3", "h4", "h5", "h6", NULL};

static char *attr(const xmlNode *n, const char *name) {
  return (char *)xmlGetProp((xmlNode *)n, (const xmlChar *)name);
}

/* The element's class and id, lower-cased, for pattern matching. */
static void class_and_id(const xmlNode *n, char *out, size_t cap) {
  out[0] = '\0';
  char *c = attr(n, "class"), *i = attr(n, "id");
  snprintf(out, cap, "%s %s", c ? c : "", i ? i : "");
  xmlFree(c);
  xmlFree(i);
  for (char *p = out; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
}

static bool reads_as(const ctx *c, const char *classid, const char *value) {
  for (size_t i = 0; i < c->npatterns; i++)
    if (!strcmp(c->patterns[i]->value, value) && strstr(classid, c->patterns[i]->phrase)) return true;
  return false;
}

static bool hidden(const xmlNode *n) {
  char *style = attr(n, "style"), *aria = attr(n, "aria-hidden");
  bool h = xmlHasProp((xmlNode *)n, (const xmlChar *)"hidden") != NULL || (aria && !strcmp(aria, "true"));
  if (style) {
    char compact[256];
    size_t o = 0;
    for (const char *p = style; *p && o + 1 < sizeof compact; p++)
      if (*p != ' ') compact[o++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    compact[o] = '\0';
    h |= strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
  }
  xmlFree(style);
  xmlFree(aria);
  return h;
}

static bool contains_tag(const xmlNode *n, const char *tag, int depth) {
  if (depth > MAX_DEPTH) return false;
  for (const xmlNode *c = n->children; c; c = c->next)
    if (is(c, tag) || (c->type == XML_ELEMENT_NODE && contains_tag(c, tag, depth + 1))) return true;
  return false;
}

static size_t text_length(const xmlNode *n);
static char *text_of(const xmlNode *n);

/* A block whose first element is a heading with a list label of
 * data/chrome.tsv ("<section><h2>Tin liên quan</h2>", "<div><h3>Top
 * stories</h3>"): other stories' headlines and teasers, whatever its class. */
static bool headed_by_list_label(ctx *c, const xmlNode *n) {
  const xmlNode *first = n->children;
  while (first && first->type != XML_ELEMENT_NODE) first = first->next;
  if (!first || !is_any(first, HEADINGS)) return false;
  char *t = text_of(first);
  size_t a = 0, b = strlen(t);
  while (a < b && at_is_space(t[a])) a++;
  while (b > a && at_is_space(t[b - 1])) b--;
  at_chrome kind = b > a ? at_chrome_line(at_lexicon_chrome_index(c->lex), c->arena, t + a, b - a, NULL) : AT_CHROME_KEEP;
  free(t);
  return kind == AT_CHROME_END || kind == AT_CHROME_BOX;
}

/* Removes what cannot be the story. */
static void prune(ctx *c, xmlNode *n, int depth) {
  for (xmlNode *child = n->children, *next; child; child = next) {
    next = child->next;
    if (child->type == XML_COMMENT_NODE) {
      xmlUnlinkNode(child);
      xmlFreeNode(child);
      continue;
    }
    if (child->type != XML_ELEMENT_NODE) continue;
    bool remove = depth > MAX_DEPTH || is_any(child, REMOVE_TAGS) || hidden(child);
    /* A form is a comment box or a search, unless the page wraps itself in one. */
    if (!remove && is(child, "form") && text_length(child) < 1000) remove = true;
    if (!remove && !is(child, "body") && !is(child, "article") && !is(child, "main")) {
      char classid[512];
      class_and_id(child, classid, sizeof classid);
      char *role = attr(child, "role");
      if (role && (!strcmp(role, "navigation") || !strcmp(role, "complementary") || !strcmp(role, "banner") ||
                   !strcmp(role, "contentinfo") || !strcmp(role, "menu") || !strcmp(role, "dialog")))
        remove = true;
      xmlFree(role);
      if (!remove && reads_as(c, classid, "unlikely") && !reads_as(c, classid, "positive") &&
          !contains_tag(child, "article", 0))
        remove = true;
      if (!remove && headed_by_list_label(c, child)) remove = true;
      /* A header with the story's headline stays; a site header goes. */
      if (!remove && is(child, "header") && !contains_tag(child, "h1", 0)) remove = true;
    }
    if (remove) {
      xmlUnlinkNode(child);
      xmlFreeNode(child);
    } else {
      prune(c, child, depth + 1);
    }
  }
}

/* Length of the text under n, and of the part of it inside links. */
static void text_lengths(const xmlNode *n, size_t *all, size_t *links, bool in_link, int depth) {
  for (const xmlNode *c = n->children; c && depth < MAX_DEPTH; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      size_t len = 0;
      for (const xmlChar *p = c->content; p && *p; p++)
        if (*p > ' ' && (*p & 0xC0) != 0x80) len++;
      *all += len;
      if (in_link) *links += len;
    } else if (c->type == XML_ELEMENT_NODE) {
      text_lengths(c, all, links, in_link || is(c, "a"), depth + 1);
    }
  }
}

static double link_density(const xmlNode *n) {
  size_t all = 0, links = 0;
  text_lengths(n, &all, &links, false, 0);
  return all ? (double)links / (double)all : 0.0;
}

static size_t text_length(const xmlNode *n) {
  size_t all = 0, links = 0;
  text_lengths(n, &all, &links, false, 0);
  return all;
}

static size_t count_commas(const xmlNode *n, int depth) {
  size_t k = 0;
  for (const xmlNode *c = n->children; c && depth < MAX_DEPTH; c = c->next) {
    if (c->type == XML_TEXT_NODE)
      for (const xmlChar *p = c->content; p && *p; p++) k += *p == ',';
    else if (c->type == XML_ELEMENT_NODE)
      k += count_commas(c, depth + 1);
  }
  return k;
}

static bool has_block_child(const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next)
    if (is_any(c, BLOCK_TAGS)) return true;
  return false;
}

static score *score_of(ctx *c, xmlNode *n) {
  if (!n->_private) n->_private = at_arena_alloc(c->arena, sizeof(score));
  return n->_private;
}

static double class_weight(const ctx *c, const xmlNode *n) {
  char classid[512];
  class_and_id(n, classid, sizeof classid);
  double w = 0;
  if (reads_as(c, classid, "negative")) w -= 25;
  if (reads_as(c, classid, "positive")) w += 25;
  return w;
}

static void initialize(ctx *c, xmlNode *n) {
  score *s = score_of(c, n);
  if (s->scored) return;
  s->scored = true;
  if (is(n, "div") || is(n, "article") || is(n, "main")) s->value = 5;
  else if (is(n, "pre") || is(n, "td") || is(n, "blockquote")) s->value = 3;
  else if (is(n, "address") || is(n, "ol") || is(n, "ul") || is(n, "dl") || is(n, "dd") || is(n, "dt") ||
           is(n, "li") || is(n, "form"))
    s->value = -3;
  else if (is_any(n, HEADINGS) || is(n, "th"))
    s->value = -5;
  s->value += class_weight(c, n);
}

/* Scores every block of text and credits its ancestors. */
static void score_blocks(ctx *c, xmlNode *n, xmlNode **best, int depth) {
  for (xmlNode *child = n->children; child && depth < MAX_DEPTH; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    bool paragraph = is_any(child, PARAGRAPH_TAGS) ||
                     ((is(child, "div") || is(child, "section")) && !has_block_child(child));
    if (paragraph) {
      size_t len = text_length(child);
      if (len >= 25) {
        double points = 1.0 + (double)count_commas(child, 0) + (len / 100 < 3 ? (double)(len / 100) : 3.0);
        xmlNode *a = child->parent;
        for (int level = 0; a && a->type == XML_ELEMENT_NODE && level < 5; level++, a = a->parent) {
          initialize(c, a);
          double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          score_of(c, a)->value += points / divider;
        }
      }
    }
    if (!paragraph || is(child, "td")) score_blocks(c, child, best, depth + 1);
    else score_blocks(c, child, best, depth + 1);
  }
}

enum { TOP_N = 5 };

typedef struct candidates {
  xmlNode *node[TOP_N];
  double value[TOP_N];
  int n;
} candidates;

/* The TOP_N best containers, by score discounted by link density. */
static void find_best(xmlNode *n, candidates *top, int depth) {
  for (xmlNode *child = n->children; child && depth < MAX_DEPTH; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    score *s = child->_private;
    if (s && s->scored) {
      double v = s->value * (1.0 - link_density(child));
      int at = top->n;
      while (at > 0 && top->value[at - 1] < v) at--;
      if (at < TOP_N) {
        int last = top->n < TOP_N ? top->n : TOP_N - 1;
        for (int k = last; k > at; k--) {
          top->node[k] = top->node[k - 1];
          top->value[k] = top->value[k - 1];
        }
        top->node[at] = child;
        top->value[at] = v;
        if (top->n < TOP_N) top->n++;
      }
    }
    find_best(child, top, depth + 1);
  }
}

static bool descends_from(const xmlNode *n, const xmlNode *ancestor) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

/* When the best containers are parts of one story split into several boxes,
 * the story is their common ancestor: the nearest ancestor of the best that
 * holds at least three of the good ones (Readability's rule). */
static xmlNode *promote(const candidates *top, double *best_score) {
  xmlNode *best = top->node[0];
  int good = 0;
  for (int k = 1; k < top->n; k++) good += top->value[k] >= 0.75 * top->value[0];
  if (good < 2) return best;
  for (xmlNode *a = best->parent; a && a->type == XML_ELEMENT_NODE && !is(a, "body"); a = a->parent) {
    int inside = 1;
    for (int k = 1; k < top->n; k++)
      if (top->value[k] >= 0.75 * top->value[0] && descends_from(top->node[k], a)) inside++;
    if (inside >= 3) {
      score *s = a->_private;
      if (s && s->scored && s->value > *best_score) *best_score = s->value;
      return a;
    }
  }
  return best;
}

/* ---- rendering text ------------------------------------------------------------ */

typedef struct render {
  at_buf out;
  bool space; /* a space is pending */
  const ctx *c;
  bool no_captions;
} render;

static void paragraph_break(render *r) {
  r->space = false;
  if (r->out.len == 0) return;
  while (r->out.len && r->out.data[r->out.len - 1] == ' ') r->out.data[--r->out.len] = '\0';
  if (r->out.len >= 2 && r->out.data[r->out.len - 1] == '\n' && r->out.data[r->out.len - 2] == '\n') return;
  if (r->out.len && r->out.data[r->out.len - 1] == '\n') at_buf_putc(&r->out, '\n');
  else at_buf_append(&r->out, "\n\n", 2);
}

static void emit_text(render *r, const char *text) {
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
    bool ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
    /* U+00A0 no-break space: a space too. */
    if (*p == 0xC2 && p[1] == 0xA0) {
      ws = true;
      p++;
    }
    if (ws) {
      r->space = true;
      continue;
    }
    if (r->space && r->out.len && r->out.data[r->out.len - 1] != '\n') at_buf_putc(&r->out, ' ');
    r->space = false;
    at_buf_putc(&r->out, (char)*p);
  }
}

static void render_node(render *r, const xmlNode *n, int depth) {
  for (const xmlNode *c = n->children; c && depth < MAX_DEPTH; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      emit_text(r, (const char *)c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, "br")) {
      r->space = false;
      if (r->out.len && r->out.data[r->out.len - 1] != '\n') at_buf_putc(&r->out, '\n');
      continue;
    }
    if (is(c, "img")) continue;
    if (r->no_captions && r->c) {
      char classid[512];
      class_and_id(c, classid, sizeof classid);
      if (is(c, "figcaption") || reads_as(r->c, classid, "caption")) continue;
    }
    bool block = is_any(c, BLOCK_TAGS);
    /* A list or box of links inside the story is navigation ("Tin liên quan"). */
    if (block && !is(c, "p") && !is_any(c, HEADINGS)) {
      size_t all = 0, links = 0;
      text_lengths(c, &all, &links, false, 0);
      if (all && links * 2 > all && all < 600) continue;
    }
    if (block) paragraph_break(r);
    render_node(r, c, depth + 1);
    if (block) paragraph_break(r);
  }
}

/* ---- metadata -------------------------------------------------------------------- */

static char *text_of(const xmlNode *n) {
  render r = {{0}, false, NULL, false};
  at_buf_init(&r.out, 1 << 20);
  at_buf_append(&r.out, "", 0);
  render_node(&r, n, 0);
  while (r.out.len && (r.out.data[r.out.len - 1] == '\n' || r.out.data[r.out.len - 1] == ' '))
    r.out.data[--r.out.len] = '\0';
  return r.out.data;
}

static void set_once(char **slot, const char *value) {
  if (*slot || !value || !*value) return;
  *slot = strdup(value);
  if (!*slot) at_oom();
}

static void json_ld(attache_article *a, json_t *j, int depth) {
  if (!j || depth > 8) return;
  if (json_is_array(j)) {
    size_t i;
    json_t *v;
    json_array_foreach(j, i, v) json_ld(a, v, depth + 1);
    return;
  }
  if (!json_is_object(j)) return;
  json_ld(a, json_object_get(j, "@graph"), depth + 1);
  set_once(&a->title, json_string_value(json_object_get(j, "headline")));
  set_once(&a->published, json_string_value(json_object_get(j, "datePublished")));
  json_t *author = json_object_get(j, "author");
  if (json_is_array(author)) author = json_array_get(author, 0);
  if (json_is_object(author)) set_once(&a->author, json_string_value(json_object_get(author, "name")));
  else set_once(&a->author, json_string_value(author));
  json_t *publisher = json_object_get(j, "publisher");
  if (json_is_object(publisher)) set_once(&a->site, json_string_value(json_object_get(publisher, "name")));
}

static void metadata(attache_article *a, const xmlNode *n, char **html_title, char **h1, int depth) {
  for (const xmlNode *c = n->children; c && depth < MAX_DEPTH; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, "meta")) {
      char *key = attr(c, "property"), *name = attr(c, "name"), *item = attr(c, "itemprop"),
           *content = attr(c, "content");
      const char *k = key ? key : name ? name : item;
      if (k && content) {
        if (!strcasecmp(k, "og:title")) set_once(&a->title, content);
        else if (!strcasecmp(k, "og:url")) set_once(&a->url, content);
        else if (!strcasecmp(k, "og:site_name")) set_once(&a->site, content);
        else if (!strcasecmp(k, "article:published_time") || !strcasecmp(k, "datePublished") ||
                 !strcasecmp(k, "pubdate") || !strcasecmp(k, "publishdate") || !strcasecmp(k, "dc.date") ||
                 !strcasecmp(k, "date"))
          set_once(&a->published, content);
        else if (!strcasecmp(k, "author") || !strcasecmp(k, "article:author"))
          set_once(&a->author, content);
      }
      xmlFree(key);
      xmlFree(name);
      xmlFree(item);
      xmlFree(content);
    } else if (is(c, "link")) {
      char *rel = attr(c, "rel"), *href = attr(c, "href");
      if (rel && href && !strcasecmp(rel, "canonical")) set_once(&a->url, href);
      xmlFree(rel);
      xmlFree(href);
    } else if (is(c, "script")) {
      char *type = attr(c, "type");
      if (type && !strcasecmp(type, "application/ld+json")) {
        xmlChar *body = xmlNodeGetContent(c);
        json_t *j = body ? json_loads((const char *)body, 0, NULL) : NULL;
        json_ld(a, j, 0);
        json_decref(j);
        xmlFree(body);
      }
      xmlFree(type);
    } else if (is(c, "time")) {
      char *dt = attr(c, "datetime");
      set_once(&a->published, dt);
      xmlFree(dt);
    } else if (is(c, "title") && !*html_title) {
      *html_title = text_of(c);
    } else if (is(c, "h1") && !*h1) {
      *h1 = text_of(c);
    }
    metadata(a, c, html_title, h1, depth + 1);
  }
}

/* "Headline - Site name" -> "Headline": the longest part around a separator. */
static char *strip_site_suffix(char *title) {
  static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", NULL};
  for (int i = 0; seps[i]; i++) {
    char *cut = strstr(title, seps[i]);
    if (!cut) continue;
    size_t head = (size_t)(cut - title), tail = strlen(cut + strlen(seps[i]));
    if (head >= tail) *cut = '\0';
    else memmove(title, cut + strlen(seps[i]), tail + 1);
    return title;
  }
  return title;
}

/* A Vietnamese date line in the page: "Thứ Tư, 06/11/2019 09:53". On a page
 * with an <h1>, a weekday's date line above it (a clock of data/chrome.tsv)
 * is the site's clock, the day the page was read, as clean.c reads it in
 * text: *before_h1 is true until the walk reaches the <h1>. */
static void dateline(const ctx *cx, attache_article *a, const xmlNode *n, int depth, bool *before_h1) {
  for (const xmlNode *c = n->children; c && !a->published && depth < MAX_DEPTH; c = c->next) {
    if (is(c, "h1")) *before_h1 = false;
    if (c->type == XML_TEXT_NODE && c->content) {
      const char *t = (const char *)c->content;
      size_t len = strlen(t);
      if (len > 120) continue;
      if (*before_h1) {
        const char *line = t;
        size_t ln = len;
        while (ln && (*line == ' ' || *line == '\n' || *line == '\t')) line++, ln--;
        while (ln && (line[ln - 1] == ' ' || line[ln - 1] == '\n' || line[ln - 1] == '\t')) ln--;
        if (ln && at_chrome_line(at_lexicon_chrome_index(cx->lex), cx->arena, line, ln, NULL) == AT_CHROME_CLOCK)
          continue;
      }
      for (size_t i = 0; i + 10 <= len; i++) {
        at_date d;
        if (t[i] >= '0' && t[i] <= '9' && (i == 0 || t[i - 1] < '0' || t[i - 1] > '9') &&
            at_parse_iso_date(t + i, len - i, &d)) {
          char iso[11];
          at_format_date(d, iso);
          set_once(&a->published, iso);
          break;
        }
      }
    } else if (c->type == XML_ELEMENT_NODE) {
      dateline(cx, a, c, depth + 1, before_h1);
    }
  }
}

/* ---- the article -------------------------------------------------------------------- */

/* The content to render: the best container and the siblings that belong
 * with it; other whole stories beside the one it is in. */
static void gather(const ctx *c, xmlNode *top, double top_score, xmlNode **out, size_t *n, size_t cap,
                   size_t *stories, xmlNode **first_story) {
  xmlNode *parent = top->parent;
  if (!parent || is(top, "body")) {
    out[(*n)++] = top;
    return;
  }
  double threshold = top_score * 0.2 > 10 ? top_score * 0.2 : 10;
  for (xmlNode *s = parent->children; s && *n < cap; s = s->next) {
    if (s->type != XML_ELEMENT_NODE) continue;
    bool take = s == top;
    score *sc = s->_private;
    if (!take && sc && sc->scored && sc->value * (1 - link_density(s)) >= threshold) take = true;
    if (!take && is(s, "p")) {
      size_t len = text_length(s);
      double ld = link_density(s);
      char *t = text_of(s);
      size_t tl = strlen(t);
      if ((len > 80 && ld < 0.25) || (len > 0 && ld == 0 && tl && t[tl - 1] == '.')) take = true;
      free(t);
    }
    if (!take && sc == NULL) {
      /* The lead (sapo) sits beside the body: "<div class="post-summary">". */
      char classid[512];
      class_and_id(s, classid, sizeof classid);
      if (reads_as(c, classid, "lead") && text_length(s) > 80 && link_density(s) < 0.25) take = true;
    }
    if (take) out[(*n)++] = s;
  }
  /* A page of several stories: the other <article>s beside this one's. */
  xmlNode *story = top;
  while (story && !is(story, "article")) story = story->parent;
  *stories = 1;
  *first_story = story;
  if (story && story->parent) {
    for (xmlNode *s = story->parent->children; s && *n < cap; s = s->next) {
      if (!is(s, "article") || s == story) continue;
      if (text_length(s) >= 200 && link_density(s) < 0.3) {
        (*stories)++;
        bool before = false;
        for (xmlNode *x = story->parent->children; x && x != story; x = x->next) before |= x == s;
        if (before) { /* keep page order */
          memmove(out + 1, out, *n * sizeof *out);
          out[0] = s;
          (*n)++;
          *first_story = s;
        } else {
          out[(*n)++] = s;
        }
      }
    }
  }
}

static char *nfc(const char *s) {
  char *out = NULL;
  size_t len;
  if (!s || attache_decode(s, strlen(s), ATTACHE_DECODE_LENIENT, &out, &len, NULL, NULL) != ATTACHE_OK) return NULL;
  return out;
}

/* Drops the chrome lines the tree did not show as such ("Tin liên quan" as
 * a plain paragraph ends the story) and a repeated headline. */
/* "Thứ Tư, 09/04/2025 10:12 (GMT+7)": a short line that is mostly a date. */
static bool is_dateline(const char *p, size_t n) {
  if (n > 64) return false;
  for (size_t i = 0; i + 10 <= n; i++) {
    at_date d;
    if (p[i] >= '0' && p[i] <= '9' && (i == 0 || p[i - 1] < '0' || p[i - 1] > '9') && at_parse_iso_date(p + i, n - i, &d))
      return true;
  }
  return false;
}

/* A signature closing a story: a few capitalized words, no sentence ("NGỌC AN"). */
static bool is_signature(const ctx *c, const char *p, size_t n) {
  if (n == 0 || n > 40 || memchr(p, '.', n) || memchr(p, ',', n)) return false;
  at_vec toks;
  at_vec_init(&toks, sizeof(at_token));
  at_tokenize(c->arena, p, 0, n, &toks);
  size_t words = 0;
  bool caps = true;
  for (size_t i = 0; i < toks.len; i++) {
    const at_token *t = AT_VEC_AT(&toks, at_token, i);
    if (t->kind == AT_TOK_WORD) {
      words++;
      caps &= (t->flags & AT_TOKF_CAP) != 0;
    }
  }
  at_vec_free(&toks);
  return caps && words >= 1 && words <= 4;
}

/* Drops the chrome lines the tree did not show as such ("Tin liên quan" as
 * a plain paragraph ends the story), datelines, a repeated headline and a
 * closing signature. */
static char *finish_text(ctx *c, const char *text, const char *title) {
  at_buf out;
  at_buf_init(&out, (size_t)-1);
  at_buf_append(&out, "", 0);
  const char *p = text;
  size_t index = 0, last_start = 0;
  bool title_seen = false;
  const at_chrome_index *chrome = at_lexicon_chrome_index(c->lex);
  while (*p) {
    const char *end = strstr(p, "\n\n");
    size_t n = end ? (size_t)(end - p) : strlen(p);
    at_chrome kind = at_chrome_line(chrome, c->arena, p, n, NULL);
    if (kind == AT_CHROME_CLOCK || kind == AT_CHROME_STORY_CLOCK) kind = AT_CHROME_KEEP; /* read in the text's cleaning */
    if (kind == AT_CHROME_END && out.len > 0) break;
    if (kind == AT_CHROME_BOX && out.len > 0) {
      size_t resume = at_box_resumes(chrome, c->arena, text, strlen(text), (size_t)(p + n - text));
      if (!resume) break;
      p = text + resume; /* a box inside the story: its headlines go */
      index++;
      continue;
    }
    bool repeat_title = !title_seen && index < 4 && title && n == strlen(title) && !strncmp(p, title, n);
    title_seen |= repeat_title;
    if (kind == AT_CHROME_KEEP && n && !repeat_title && !(index < 4 && is_dateline(p, n))) {
      if (out.len) at_buf_append(&out, "\n\n", 2);
      last_start = out.len;
      at_buf_append(&out, p, n);
    }
    index++;
    p = end ? end + 2 : p + n;
  }
  if (out.len && last_start > 0 && is_signature(c, out.data + last_start, out.len - last_start)) {
    out.len = last_start >= 2 ? last_start - 2 : 0;
    out.data[out.len] = '\0';
  }
  return out.data;
}

/* Several stories on one page: each keeps its headline in the text, and the
 * first one's headline is the title. */
static void title_from_first_story(const xmlNode *story, attache_article *a, char **h1) {
  for (const xmlNode *h = story->children; h; h = h->next) {
    if (!is(h, "h1") && !is(h, "h2") && !is(h, "header")) continue;
    char *head = text_of(h);
    if (*head) {
      free(a->title);
      a->title = strdup(head);
      free(*h1);
      *h1 = head;
      if (!a->title) at_oom();
      return;
    }
    free(head);
  }
}

void attache_article_free(attache_article *a) {
  if (!a) return;
  free(a->title);
  free(a->published);
  free(a->author);
  free(a->url);
  free(a->site);
  free(a->text);
  free(a);
}

/* Whether a charset's code units are wider than a byte (UTF-16, UTF-32,
 * UCS-2, UCS-4), so that NUL bytes are parts of characters. */
static bool wide_charset(const char *name) {
  return name && (!strncasecmp(name, "UTF-16", 6) || !strncasecmp(name, "UTF16", 5) || !strncasecmp(name, "UTF-32", 6) ||
                  !strncasecmp(name, "UTF32", 5) || !strncasecmp(name, "UCS-", 4) || !strncasecmp(name, "UCS2", 4) ||
                  !strncasecmp(name, "UCS4", 4));
}

attache_status attache_html_article(const attache_lexicon *lex, const char *html, size_t len, const char *encoding,
                                    unsigned flags, attache_article **out, attache_error *err) {
  if (!out || !lex || (!html && len)) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if (len > INT32_MAX) return at_error_set(err, ATTACHE_ERR_TOO_LARGE, "page too large");
  if (len == 0) return at_error_set(err, ATTACHE_ERR_EMPTY, "empty page");

  /* Bytes to UTF-8: the page's own charset when it is right, else detection. */
  char declared[64] = "";
  const char *cs = NULL;
  size_t scan = len < 4096 ? len : 4096;
  for (size_t i = 0; i + 8 < scan; i++) {
    if (strncasecmp(html + i, "charset=", 8)) continue;
    size_t j = i + 8, k = 0;
    while (j < scan && (html[j] == '"' || html[j] == '\'')) j++;
    while (j < scan && k + 1 < sizeof declared && html[j] != '"' && html[j] != '\'' && html[j] != ' ' &&
           html[j] != ';' && html[j] != '>' && html[j] != '/')
      declared[k++] = html[j++];
    declared[k] = '\0';
    break;
  }
  char *utf8 = NULL;
  size_t utf8_len = 0;
  attache_status st = at_charset_to_utf8(html, len, *declared ? declared : NULL, encoding, &utf8, &utf8_len, &cs, err);
  if (st != ATTACHE_OK) return st;
  /* libxml2 ends the page at a NUL, silently; a NUL is binary data here as in
   * a text document (decode.c), an error naming its byte. In a page of 16 or
   * 32-bit units NUL bytes are part of the characters: only a decoded U+0000
   * counts, and it has no byte of its own to name. */
  if (memchr(utf8, '\0', utf8_len)) {
    free(utf8);
    const char *nul = memchr(html, '\0', len);
    if (wide_charset(cs) || !nul) return at_error_set(err, ATTACHE_ERR_BINARY, "binary data (U+0000 in a %s page)", cs);
    size_t at = (size_t)(nul - html);
    if (err) err->offset = at, err->line = 0;
    return at_error_set(err, ATTACHE_ERR_BINARY, "binary data (NUL byte at byte %zu)", at);
  }

  if (utf8_len > INT_MAX) { /* libxml2 takes an int; a legacy charset can triple the bytes */
    free(utf8);
    return at_error_set(err, ATTACHE_ERR_TOO_LARGE, "page too large (%zu bytes as UTF-8)", utf8_len);
  }
  htmlDocPtr doc = htmlReadMemory(utf8, (int)utf8_len, NULL, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  free(utf8);
  if (!doc) return at_error_set(err, ATTACHE_ERR_EMPTY, "no HTML document");
  xmlNode *root = xmlDocGetRootElement(doc);
  attache_article *a = calloc(1, sizeof *a);
  if (!a) at_oom();
  a->encoding = cs;
  ctx c = {lex, at_arena_new(), NULL, 0};
  at_lexicon_entries(lex, AT_CAT_HTML, &c.patterns, &c.npatterns);

  char *html_title = NULL, *h1 = NULL;
  if (root) {
    metadata(a, root, &html_title, &h1, 0);
    if (!a->title && h1 && *h1) set_once(&a->title, h1);
    if (!a->title && html_title) set_once(&a->title, strip_site_suffix(html_title));
  }
  free(html_title);

  xmlNode *body = root;
  for (xmlNode *x = root ? root->children : NULL; x; x = x->next)
    if (is(x, "body")) body = x;
  char *text = NULL;
  if (body) {
    prune(&c, body, 0);
    bool before_h1 = h1 != NULL;
    if (!a->published) dateline(&c, a, body, 0, &before_h1);
    xmlNode *best = NULL;
    double best_score = 0;
    score_blocks(&c, body, &best, 0);
    candidates top = {0};
    find_best(body, &top, 0);
    if (top.n && top.value[0] > 0) {
      best_score = top.value[0];
      best = promote(&top, &best_score);
    }
    xmlNode *parts[256];
    size_t nparts = 0;
    size_t stories = 1;
    xmlNode *first_story = NULL;
    if (best) gather(&c, best, best_score, parts, &nparts, 256, &stories, &first_story);
    else parts[nparts++] = body;
    if (stories > 1 && first_story) title_from_first_story(first_story, a, &h1);
    render r = {{0}, false, &c, (flags & ATTACHE_HTML_NO_CAPTIONS) != 0};
    at_buf_init(&r.out, (size_t)-1);
    at_buf_append(&r.out, "", 0);
    for (size_t i = 0; i < nparts; i++) {
      paragraph_break(&r);
      render_node(&r, parts[i], 0);
    }
    text = finish_text(&c, r.out.data, h1 ? h1 : a->title);
    at_buf_free(&r.out);
  }
  free(h1);
  /* Free the scores' arena only after the tree no longer points into it. */
  xmlFreeDoc(doc);
  at_arena_free(c.arena);

  /* Everything out in NFC. */
  char **fields[] = {&a->title, &a->published, &a->author, &a->url, &a->site};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
    char *n = nfc(*fields[i]);
    free(*fields[i]);
    *fields[i] = n;
  }
  a->text = nfc(text);
  free(text);
  if (!a->text || !*a->text) {
    attache_article_free(a);
    return at_error_set(err, ATTACHE_ERR_EMPTY, "no article text found in the page");
  }
  *out = a;
  return ATTACHE_OK;
}
