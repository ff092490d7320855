#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stddef.h>
#include <stdlib.h>

/* gvRenderData's length is `unsigned int *` up to Graphviz 12 (Debian 12 ships 2.42.2) and
 * `size_t *` from 13.0. Select on the function's type so the shim builds against either. */
typedef int (*cgraphviz_render_data_sizet_fn)(GVC_t *, graph_t *, const char *, char **, size_t *);
typedef int (*cgraphviz_render_data_uint_fn)(GVC_t *, graph_t *, const char *, char **,
                                             unsigned int *);

static inline int CGraphviz_renderData(GVC_t *gvc, Agraph_t *g, const char *format, char **result,
                                       size_t *length) {
  if (_Generic(&gvRenderData, cgraphviz_render_data_sizet_fn: 1, default: 0)) {
    return ((cgraphviz_render_data_sizet_fn)(void (*)(void))gvRenderData)(gvc, g, format, result,
                                                                          length);
  } else {
    unsigned int len = 0;
    int rc = ((cgraphviz_render_data_uint_fn)(void (*)(void))gvRenderData)(gvc, g, format, result,
                                                                           &len);
    *length = (size_t)len;
    return rc;
  }
}

#endif
